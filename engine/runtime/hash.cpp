// Thin wrappers over al_numeric's CPython hash functions (see hash.h).
#include "engine/runtime/hash.h"

#include "engine/runtime/numeric/hash.h"

namespace al {

int64_t hash_unicode(std::string_view utf8) {
  return num::hash_str(utf8);
}
int64_t hash_bytes(std::string_view data) {
  return num::hash_bytes(data);
}
int64_t hash_int64(int64_t v) {
  return num::hash_int(v);
}
int64_t hash_mpz(const mpz_class& v) {
  return num::hash_int(v);
}
int64_t hash_double(double v, uintptr_t identity) {
  return num::hash_double(v, identity);
}
int64_t hash_tuple(std::span<const int64_t> item_hashes) {
  return num::hash_tuple(item_hashes);
}

}  // namespace al
