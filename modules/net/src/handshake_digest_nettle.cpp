// The handshake's SHA-1 and base64 from nettle, Debian's crypto library.
#include "ws_handshake.hpp"

#include <nettle/base64.h>
#include <nettle/sha1.h>

namespace balcony::net {

std::string websocketAccept(const std::string& key) {
  static constexpr char kGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  const std::string input = key + kGuid;
  sha1_ctx ctx;
  sha1_init(&ctx);
  sha1_update(&ctx, input.size(), reinterpret_cast<const uint8_t*>(input.data()));
  uint8_t digest[SHA1_DIGEST_SIZE];
  sha1_digest(&ctx, SHA1_DIGEST_SIZE, digest);
  char encoded[BASE64_ENCODE_RAW_LENGTH(SHA1_DIGEST_SIZE) + 1] = {};
  base64_encode_raw(encoded, SHA1_DIGEST_SIZE, digest);
  return std::string(encoded, BASE64_ENCODE_RAW_LENGTH(SHA1_DIGEST_SIZE));
}

} // namespace balcony::net
