#!/usr/bin/env python3
# Writes the hand-made seed inputs of each fuzz target into corpus/<target>/seed-*: real requests,
# real frames, real messages and a small real event log. Run again after changing the formats;
# the minimised finds of fuzzing runs sit beside them.
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "seed-" + name), "wb") as f:
        f.write(data)


def msg(**fields):
    return json.dumps({"v": 1, **fields}, separators=(",", ":")).encode()


# --- http_request: byte 0 = (piece size << 1) | small limits ---
UPGRADE = (b"GET /ws HTTP/1.1\r\nHost: 192.168.1.20:8080\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
           b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
           b"Origin: http://192.168.1.20:8080\r\nUser-Agent: Mozilla/5.0 (iPhone)\r\n\r\n")
PAGE = (b"GET /?room=ABCD HTTP/1.1\r\nHost: 192.168.1.20:8080\r\nAccept: text/html\r\n"
        b"Accept-Language: en-GB,en;q=0.9\r\nConnection: keep-alive\r\n\r\n")
http = {
    "upgrade": b"\x00" + UPGRADE,
    "upgrade-pieces": bytes([7 << 1]) + UPGRADE,
    "page": b"\x00" + PAGE,
    "pipelined": b"\x00" + PAGE + b"GET /app.js HTTP/1.1\r\nHost: x\r\n\r\nHEAD /style.css HTTP/1.1\r\nHost: x\r\n\r\n",
    "favicon-close": b"\x00GET /favicon.ico HTTP/1.0\r\n\r\n",
    "cross-origin": b"\x00" + UPGRADE.replace(b"Origin: http://192.168.1.20:8080", b"Origin: https://evil.example"),
    "post-body": b"\x00POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
    "chunked": b"\x00POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    "long-url-small-limits": b"\x01GET /" + b"a" * 60 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    "many-headers-small-limits": b"\x03GET / HTTP/1.1\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(6)) + b"\r\n",
    "dot-dot": b"\x00GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    "folded-header": b"\x00GET / HTTP/1.1\r\nHost: x\r\nX-Long: a\r\n  b\r\n\r\n",
}
for name, data in http.items():
    write("http_request", name, data)


# --- wire_decode: messages separated by 0xFF ---
def session(*messages):
    return b"\xff".join(messages)


wire = {
    "join-answer": session(msg(type="join", room="ROOM", group="Health"),
                           msg(type="answer", id=1, round=1, belief=0, value=4),
                           msg(type="answer", id=2, round=1, belief=2, value=1)),
    "rejoin-group": session(msg(type="join", room="ROOM", token="0123456789abcdef0123456789abcdef"),
                            msg(type="group", group="Police")),
    "poll": session(msg(type="join", room="ROOM"), msg(type="poll_answer", id=3, poll=1, choices=[0, 2])),
    "prompt": session(msg(type="join", room="ROOM"), msg(type="prompt_answer", id=4, prompt=1, rating=3,
                                                         note="We <b>never</b> talk about \"budgets\"")),
    "statement-vote": session(msg(type="join", room="ROOM"), msg(type="statement", id=5, text="=cmd|' /C calc'!A0"),
                              msg(type="vote", id=6, statement=1, vote="agree")),
    "flag": session(msg(type="join", room="ROOM"), msg(type="flag", id=7, kind="elephant", words="the merger")),
    "clarity": session(msg(type="join", room="ROOM"), msg(type="proposal", id=8, what="Weekly huddle, Tuesdays"),
                       msg(type="energy", id=9, item=1, on=True)),
    "reflection": session(msg(type="join", room="ROOM"),
                          msg(type="reflection", id=10, text="I notice we avoid the budget", dimension="relating"),
                          msg(type="reflection", id=11, text="No dimension"),
                          msg(type="reflection", id=12, text="Bad dimension", dimension="kindness")),
    "errors": session(b"", b"null", msg(type="facilitator_reveal"), b'{"v":"1","type":"join"}',
                      msg(type="answer", id=-1, round=1, belief=0, value=1e300)),
    "unicode": session(msg(type="join", room="ROOM", group="Sant\u00e9"), msg(type="statement", id=1,
                                                                               text="\u00e9\u4e2d\U0001F600")),
}
for name, data in wire.items():
    write("wire_decode", name, data)


# --- websocket_frames: byte 0 bit 0 = join first; then client frames ---
def frame(opcode, payload, fin=True, key=b"\0\0\0\0"):
    first = (0x80 if fin else 0) | opcode
    n = len(payload)
    if n < 126:
        head = struct.pack("!BB", first, 0x80 | n)
    elif n < 65536:
        head = struct.pack("!BBH", first, 0x80 | 126, n)
    else:
        head = struct.pack("!BBQ", first, 0x80 | 127, n)
    masked = bytes(b ^ key[i % 4] for i, b in enumerate(payload))
    return head + key + masked


ws = {
    "answer": b"\x01" + frame(1, msg(type="answer", id=1, round=1, belief=0, value=4)),
    "join-in-frame": b"\x00" + frame(1, msg(type="join", room="ROOM", group="Police")),
    "fragmented": b"\x01" + frame(1, msg(type="statement", id=2, text="split")[:10], fin=False) +
    frame(9, b"ping") + frame(0, msg(type="statement", id=2, text="split")[10:]),
    "ping-pong-close": b"\x00" + frame(9, b"hello") + frame(10, b"") + frame(8, struct.pack("!H", 1000) + b"bye"),
    "binary": b"\x01" + frame(2, b"\x00\x01\x02"),
    "unmasked": b"\x01" + b"\x81\x05hello",
    "masked-key": b"\x01" + frame(1, msg(type="vote", id=3, statement=1, vote="pass"), key=b"\x12\x34\x56\x78"),
    "long-16bit": b"\x01" + frame(1, msg(type="proposal", id=4, what="x" * 180)),
    "too-long": b"\x01" + frame(1, b" " * 5000),
    "burst": b"\x01" + b"".join(frame(1, msg(type="energy", id=i, item=1, on=i % 2 == 0)) for i in range(50)),
    "bad-utf8": b"\x01" + frame(1, b'{"v":1,"type":"statement","id":1,"text":"\xc3\x28"}'),
    "poll-prompt-flag": b"\x01" + frame(1, msg(type="poll_answer", id=5, poll=1, choices=[1])) +
    frame(1, msg(type="prompt_answer", id=6, prompt=1, rating=2, note="n")) +
    frame(1, msg(type="flag", id=7, kind="circles")),
}
for name, data in ws.items():
    write("websocket_frames", name, data)

# --- export_writers: byte 0 even = an event log (JSON); odd = a FuzzedDataProvider meeting ---
FIXTURE = os.path.join(HERE, "..", "fixtures", "known-session.json")
with open(FIXTURE, "rb") as f:
    write("export_writers", "known-session", b"\x00" + f.read())
small_log = {
    "format": "balcony-events", "version": 1, "session": 1, "hidden_texts": 0,
    "events": [
        {"at_ms": 1790000000000, "type": "session_created",
         "data": {"title": "<script>alert(1)</script>", "room_code": "ABCD", "groups": ["=Health", "Police"]}},
        {"at_ms": 1790000000001, "type": "participant_joined", "data": {"participant": 1, "group": "=Health"}},
        {"at_ms": 1790000000002, "type": "round_opened",
         "data": {"round": 1, "statements": ["a", "b", "c"], "scale_min": 1, "scale_max": 5, "revealed": True}},
        {"at_ms": 1790000000003, "type": "belief_answered",
         "data": {"participant": 1, "round": 1, "belief": 0, "value": 4}},
        {"at_ms": 1790000000004, "type": "clarity_item_added",
         "data": {"item": 1, "fields": {"what": "-2+3, \"quoted\"", "owner": "@me", "resources": "",
                                        "review_date": "2027-01-10", "topic": 0},
                  "proposed_by": 0, "status": "agreed for now"}},
    ],
}
write("export_writers", "small-log", b"\x00" + json.dumps(small_log).encode())
# A meeting through commands: the bytes drive FuzzedDataProvider's choices.
write("export_writers", "meeting", b"\x01" + bytes(range(256)) * 2)
