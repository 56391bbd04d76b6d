// The field readers every board's wire part uses.
#include "balcony/net/wire_fields.hpp"

#include "balcony/core/text.hpp"

namespace balcony::net::wire {

bool Fields::string(const char* name, std::string& out, std::size_t maxLength, bool required) const {
  auto it = m_j.find(name);
  if (it == m_j.end()) {
    return !required;
  }
  if (!it->is_string() || it->get_ref<const std::string&>().size() > maxLength) {
    return false;
  }
  out = it->get<std::string>();
  return true;
}

bool Fields::text(const char* name, std::string& out, std::size_t maxLength, bool required) const {
  if (!string(name, out, maxLength, required)) {
    return false;
  }
  out = core::cleanParticipantText(out);
  return true;
}

bool Fields::boolean(const char* name, bool& out) const {
  auto it = m_j.find(name);
  if (it == m_j.end() || !it->is_boolean()) return false;
  out = it->get<bool>();
  return true;
}

bool Fields::integers(const char* name, std::vector<int>& out, std::size_t maxCount, int lo, int hi) const {
  auto it = m_j.find(name);
  if (it == m_j.end() || !it->is_array() || it->size() > maxCount) return false;
  for (const auto& c : *it) {
    if (!c.is_number_integer() || c.get<std::int64_t>() < lo || c.get<std::int64_t>() > hi) return false;
    out.push_back(c.get<int>());
  }
  return true;
}

} // namespace balcony::net::wire
