// Maps al_numeric's error kinds onto the Python exception types (see num_bridge.h).
#include "engine/runtime/num_bridge.h"

#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/str.h"

namespace al {

void raise_num_error(const num::Error& e) {
  std::string msg = e.what();
  switch (e.kind()) {
    case num::ErrorKind::ValueError:
      raise(exc::ValueError, msg);
    case num::ErrorKind::ZeroDivisionError:
      raise(exc::ZeroDivisionError, msg);
    case num::ErrorKind::TypeError:
      raise(exc::TypeError, msg);
    case num::ErrorKind::IndexError:
      raise(exc::IndexError, msg);
    case num::ErrorKind::MemoryError:
      raise_memory_error();
    case num::ErrorKind::OverflowError: {
      // float ** float overflows with CPython's errno-style arguments (34, 'Numerical ...').
      static const std::string errno_prefix = "(34, '";
      if (msg.rfind(errno_prefix, 0) == 0 && msg.size() > errno_prefix.size() + 2) {
        Value code = int_from(int64_t(34));
        Value text =
            str_from(msg.substr(errno_prefix.size(), msg.size() - errno_prefix.size() - 2));
        Object* args[2] = {code.get(), text.get()};
        raise(new_exception_args(exc::OverflowError, std::span<Object* const>(args, 2)));
      }
      raise(exc::OverflowError, msg);
    }
  }
  raise(exc::SystemError, msg);
}

}  // namespace al
