// The handshake's SHA-1 from Windows' own cryptography (CNG, bcrypt.dll), so the Windows build
// carries no crypto library; base64 of 20 bytes is written out here.
#include "ws_handshake.hpp"

// windows.h first: bcrypt.h uses its types.
#include <windows.h>

#include <bcrypt.h>

#include <array>
#include <stdexcept>

namespace balcony::net {
namespace {

std::array<unsigned char, 20> sha1(const std::string& input) {
  std::array<unsigned char, 20> digest{};
  BCRYPT_ALG_HANDLE algorithm = nullptr;
  BCRYPT_HASH_HANDLE hash = nullptr;
  bool ok = BCryptOpenAlgorithmProvider(&algorithm, BCRYPT_SHA1_ALGORITHM, nullptr, 0) == 0;
  ok = ok && BCryptCreateHash(algorithm, &hash, nullptr, 0, nullptr, 0, 0) == 0;
  ok = ok && BCryptHashData(hash, reinterpret_cast<PUCHAR>(const_cast<char*>(input.data())),
                            static_cast<ULONG>(input.size()), 0) == 0;
  ok = ok && BCryptFinishHash(hash, digest.data(), static_cast<ULONG>(digest.size()), 0) == 0;
  if (hash != nullptr) BCryptDestroyHash(hash);
  if (algorithm != nullptr) BCryptCloseAlgorithmProvider(algorithm, 0);
  if (!ok) {
    throw std::runtime_error("Windows could not compute SHA-1 for the WebSocket handshake");
  }
  return digest;
}

std::string base64(const unsigned char* data, std::size_t size) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < size; i += 3) {
    const std::size_t left = size - i;
    const unsigned triple = (static_cast<unsigned>(data[i]) << 16) |
                            (left > 1 ? static_cast<unsigned>(data[i + 1]) << 8 : 0u) |
                            (left > 2 ? static_cast<unsigned>(data[i + 2]) : 0u);
    out += kAlphabet[(triple >> 18) & 63];
    out += kAlphabet[(triple >> 12) & 63];
    out += left > 1 ? kAlphabet[(triple >> 6) & 63] : '=';
    out += left > 2 ? kAlphabet[triple & 63] : '=';
  }
  return out;
}

} // namespace

std::string websocketAccept(const std::string& key) {
  const auto digest = sha1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
  return base64(digest.data(), digest.size());
}

} // namespace balcony::net
