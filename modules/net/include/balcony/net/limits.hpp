// Every limit the server enforces, in one place. ASIO and http-parser set none by default.
#pragma once

#include <chrono>
#include <cstddef>

namespace balcony::net {

struct Limits {
  std::size_t maxRequestLineBytes = 2048;
  std::size_t maxHeaderBytes = 8192;
  std::size_t maxHeaderCount = 64;
  std::size_t maxMessageBytes = 4096;  // one WebSocket message from a participant
  std::size_t maxQueuedMessages = 256; // replies waiting to be written to one client
  int socketSendBuffer = 64 * 1024;    // the kernel's buffer for one phone (Linux doubles it): bounded too
  std::size_t maxConnections = 10000;
  // A shared guest NAT may put a whole room behind one address: 400 phones there connect at once.
  std::size_t maxConnectionsPerAddress = 400;
  // Messages per participant (all their connections together; before joining, per connection):
  // sustained and in a burst. Past it, one error reply a second at most; a phone that goes on
  // for twice a burst more is closed (1008). A person answering taps a few times a second.
  double messagesPerSecond = 20.0;
  double messageBurst = 40.0;
  // New participants (identities this session has not seen) per address, let in without asking:
  // a room behind one guest NAT scanning the QR code together. Past it, new participants from that
  // address wait for the facilitator ("Let them in" once for the whole guest network, or "Keep them
  // out"), and their phones say so; a script making up identities gets no further than this.
  int newIdentitiesBurst = 100;
  // A connection that has not joined by then is closed: it holds a slot and tells nobody anything.
  std::chrono::milliseconds joinTimeout{30'000};
  // The room code is four letters or digits (1.7 million codes). A connection that gives three
  // wrong codes is closed (a typo or two is human; a third in a row is not); an address that gives
  // more than 12 in 10 minutes may not try again until the oldest of them is 10 minutes old. A
  // whole room behind one guest NAT mistyping the code still gets in on the next try; someone
  // guessing from one address needs about 130,000 hours to find the code by chance.
  int wrongCodesPerConnection = 3;
  int wrongCodesPerAddress = 12;
  std::chrono::seconds wrongCodeWindow{600};
  std::chrono::milliseconds headerTimeout{10'000}; // a request, the WebSocket upgrade included, however slow
  // Each WebSocket has one timer, ticking every pingInterval: it sends a ping, drops a phone that
  // has sent nothing (not even a pong) for idleTimeout, and one whose write has been stuck for
  // writeTimeout. So a dead phone goes within idleTimeout + pingInterval.
  std::chrono::milliseconds idleTimeout{75'000};
  std::chrono::milliseconds pingInterval{25'000};
  std::chrono::milliseconds writeTimeout{20'000};
  // Board updates to the phones: the gap between two is eight times what writing the last one to
  // every phone took (so updating the room never takes more than an eighth of the server's time),
  // and between these two bounds: a small room sees a vote at once, a hall ten times a second.
  std::chrono::milliseconds minBroadcastInterval{10};
  std::chrono::milliseconds broadcastInterval{100};
};

} // namespace balcony::net
