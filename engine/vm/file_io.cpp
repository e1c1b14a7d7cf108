// The builtin open() and its file objects (CPython: Modules/_io: TextIOWrapper over a buffered
// raw file, BufferedReader/BufferedWriter for binary modes), reduced to what scripts use:
// read/readline/readlines/iteration, write/writelines, seek/tell, flush/close, `with`.
// Text is UTF-8 with universal newlines on input ("\r\n" and "\r" read as "\n").
//
// Sections: 1. the file object and its buffering  2. methods  3. open() and the types
#include "engine/vm/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "engine/runtime/api.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/sandbox.h"

namespace al {

namespace {

// ---------------------------------------------------------------------------------------------
// 1. The file object
// ---------------------------------------------------------------------------------------------

Type* text_file_type = nullptr;
Type* reader_type = nullptr;
Type* writer_type = nullptr;

struct FileObject : Object {
  FILE* fp = nullptr;
  std::string name;
  std::string mode;
  bool binary = false;
  bool readable = false;
  bool writable = false;
  std::string pending;  // text mode: decoded input read ahead of the caller
  explicit FileObject(Type* t) : Object(t) {}
  ~FileObject() override {
    if (fp) std::fclose(fp);
  }
};

FileObject* as_file(Object* o) {
  return static_cast<FileObject*>(o);
}

[[noreturn]] void raise_os_error(int err, const std::string& filename) {
  Value e = int_from(err);
  Value msg = str_from(std::strerror(err));
  Value fn = str_from(filename);
  raise(call(exc::OSError, {e.get(), msg.get(), fn.get()}));
}

FileObject* checked(Object* self, bool read, bool write) {
  FileObject* f = as_file(self);
  if (!f->fp) raise(exc::ValueError, "I/O operation on closed file.");
  if (read && !f->readable) raise(exc::OSError, "not readable");
  if (write && !f->writable) raise(exc::OSError, "not writable");
  return f;
}

// Raw bytes: `n` < 0 reads to the end.
std::string read_raw(FileObject* f, int64_t n) {
  std::string out;
  char buf[8192];
  while (n < 0 || int64_t(out.size()) < n) {
    size_t want = sizeof buf;
    if (n >= 0) want = std::min(want, size_t(n - int64_t(out.size())));
    size_t got = std::fread(buf, 1, want, f->fp);
    out.append(buf, got);
    if (got < want) break;
  }
  return out;
}

// Universal newlines: "\r\n" and lone "\r" become "\n". A trailing "\r" stays pending until
// the next chunk shows whether "\n" follows.
void append_translated(FileObject* f, const std::string& chunk, bool at_eof) {
  for (size_t i = 0; i < chunk.size(); ++i) {
    char c = chunk[i];
    if (c == '\r') {
      if (i + 1 < chunk.size()) {
        if (chunk[i + 1] == '\n') ++i;
        f->pending += '\n';
      } else if (at_eof) {
        f->pending += '\n';
      } else {
        int next = std::fgetc(f->fp);
        if (next != '\n' && next != EOF) std::ungetc(next, f->fp);
        f->pending += '\n';
      }
    } else {
      f->pending += c;
    }
  }
}

// Fills `pending` until it holds a "\n" (line) or the file ends.
void fill_line(FileObject* f) {
  while (f->pending.find('\n') == std::string::npos) {
    std::string chunk = read_raw(f, 4096);
    append_translated(f, chunk, chunk.size() < 4096);
    if (chunk.size() < 4096) break;
  }
}

// The first `n` code points of `s` (all when n < 0), removed from it.
std::string take_chars(std::string& s, int64_t n) {
  if (n < 0) return std::exchange(s, std::string());
  size_t pos = 0;
  for (int64_t i = 0; i < n && pos < s.size(); ++i) utf8_decode_at(s, pos);
  std::string out = s.substr(0, pos);
  s.erase(0, pos);
  return out;
}

int64_t size_arg(Args a, const char* fname) {
  check_positional(a, fname, 0, 1);
  if (a.npos == 0 || a[0] == None) return -1;
  return index_as_int64(a[0]);
}

// ---------------------------------------------------------------------------------------------
// 2. Methods
// ---------------------------------------------------------------------------------------------

Value f_read(Object* self, Args a) {
  FileObject* f = checked(self, true, false);
  const int64_t n = size_arg(a, "read");
  if (f->binary) return bytes_from(read_raw(f, n));
  if (n < 0) {
    std::string rest = read_raw(f, -1);
    append_translated(f, rest, true);
    return str_from(take_chars(f->pending, -1));
  }
  while (utf8_count(f->pending) < n) {
    std::string chunk = read_raw(f, 4096);
    append_translated(f, chunk, chunk.size() < 4096);
    if (chunk.size() < 4096) break;
  }
  return str_from(take_chars(f->pending, n));
}

Value readline_of(FileObject* f, int64_t limit) {
  if (f->binary) {
    std::string line;
    int c;
    while ((limit < 0 || int64_t(line.size()) < limit) && (c = std::fgetc(f->fp)) != EOF) {
      line += char(c);
      if (c == '\n') break;
    }
    return bytes_from(line);
  }
  fill_line(f);
  size_t nl = f->pending.find('\n');
  std::string line = nl == std::string::npos ? std::exchange(f->pending, std::string())
                                             : f->pending.substr(0, nl + 1);
  if (nl != std::string::npos) f->pending.erase(0, nl + 1);
  if (limit >= 0 && utf8_count(line) > limit) {
    std::string head = take_chars(line, limit);
    f->pending.insert(0, line);
    return str_from(head);
  }
  return str_from(line);
}

Value f_readline(Object* self, Args a) {
  FileObject* f = checked(self, true, false);
  return readline_of(f, size_arg(a, "readline"));
}

bool empty_line(Object* line) {
  return is_instance(line, bytes_type) ? static_cast<Bytes*>(line)->data.empty()
                                       : static_cast<Str*>(line)->s.empty();
}

Value f_readlines(Object* self, Args a) {
  FileObject* f = checked(self, true, false);
  check_positional(a, "readlines", 0, 1);
  Ref<List> lines = list_new();
  while (true) {
    Value line = readline_of(f, -1);
    if (empty_line(line.get())) break;
    list_append(lines.get(), line.get());
  }
  return lines;
}

Value f_next(Object* self) {
  FileObject* f = checked(self, true, false);
  Value line = readline_of(f, -1);
  if (empty_line(line.get())) return nullptr;
  return line;
}

Value f_write(Object* self, Args a) {
  FileObject* f = checked(self, false, true);
  check_one_arg(a, "write");
  if (f->binary) {
    if (!is_instance(a[0], bytes_type)) {
      raise(exc::TypeError, "a bytes-like object is required, not '" + a[0]->type->name + "'");
    }
    const std::string& data = static_cast<Bytes*>(a[0])->data;
    std::fwrite(data.data(), 1, data.size(), f->fp);
    return int_from(int64_t(data.size()));
  }
  if (!is_instance(a[0], str_type)) {
    raise(exc::TypeError, "write() argument must be str, not " + a[0]->type->name);
  }
  auto* s = static_cast<Str*>(a[0]);
  std::fwrite(s->s.data(), 1, s->s.size(), f->fp);
  return int_from(s->length);
}

Value f_writelines(Object* self, Args a) {
  checked(self, false, true);
  check_one_arg(a, "writelines");
  for_each(a[0], [&](Object* line) { f_write(self, Args{&line, 1, nullptr}); });
  return Value(None);
}

Value f_close(Object* self, Args a) {
  check_no_args(a, "close");
  FileObject* f = as_file(self);
  if (f->fp) {
    std::fclose(f->fp);
    f->fp = nullptr;
  }
  return Value(None);
}

Value f_flush(Object* self, Args a) {
  check_no_args(a, "flush");
  std::fflush(checked(self, false, false)->fp);
  return Value(None);
}

Value f_seek(Object* self, Args a) {
  FileObject* f = checked(self, false, false);
  check_positional(a, "seek", 1, 2);
  const int64_t offset = index_as_int64(a[0]);
  const int64_t whence = a.npos > 1 ? index_as_int64(a[1]) : 0;
  f->pending.clear();
  if (std::fseek(f->fp, long(offset), int(whence)) != 0) raise_os_error(errno, f->name);
  return int_from(int64_t(std::ftell(f->fp)));
}

Value f_tell(Object* self, Args a) {
  check_no_args(a, "tell");
  FileObject* f = checked(self, false, false);
  return int_from(int64_t(std::ftell(f->fp)) - int64_t(f->pending.size()));
}

Value f_enter(Object* self, Args a) {
  check_no_args(a, "__enter__");
  checked(self, false, false);
  return Value(self);
}

Value f_exit(Object* self, Args) {
  f_close(self, Args{});
  return Value(None);
}

Value f_repr(Object* self) {
  FileObject* f = as_file(self);
  std::string kind = f->binary ? (f->readable && !f->writable ? "BufferedReader" : "BufferedWriter")
                               : "TextIOWrapper";
  std::string r = "<_io." + kind + " name=" + str_repr(f->name);
  if (!f->binary) r += " mode=" + str_repr(f->mode) + " encoding='utf-8'";
  return str_from(r + ">");
}

Type* make_file_type(const char* name) {
  Type* t = new_builtin_type(name, object_type);
  t->module = "_io";
  t->allows_subclass = false;
  t->repr = f_repr;
  t->iter = [](Object* self) -> Value {
    checked(self, false, false);
    return Value(self);
  };
  t->next = f_next;
  add_method(t, "read", f_read);
  add_method(t, "readline", f_readline);
  add_method(t, "readlines", f_readlines);
  add_method(t, "write", f_write);
  add_method(t, "writelines", f_writelines);
  add_method(t, "close", f_close);
  add_method(t, "flush", f_flush);
  add_method(t, "seek", f_seek);
  add_method(t, "tell", f_tell);
  add_method(t, "__enter__", f_enter);
  add_method(t, "__exit__", f_exit);
  add_getset(t, "closed", [](Object* s) -> Value { return bool_obj(!as_file(s)->fp); });
  add_getset(t, "name", [](Object* s) -> Value { return str_from(as_file(s)->name); });
  add_getset(t, "mode", [](Object* s) -> Value { return str_from(as_file(s)->mode); });
  add_method(t, "readable",
             [](Object* s, Args) -> Value { return bool_obj(checked(s, false, false)->readable); });
  add_method(t, "writable",
             [](Object* s, Args) -> Value { return bool_obj(checked(s, false, false)->writable); });
  t->ready();
  return t;
}

// ---------------------------------------------------------------------------------------------
// 3. open()
// ---------------------------------------------------------------------------------------------

// CPython: Modules/_io/_iomodule.c _io_open_impl (modes r, w, a, x with optional b and +).
Value b_open(Object*, Args a) {
  Object* v[8] = {};
  bind_args(a, "open",
            {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1,
            v);
  if (!is_instance(v[0], str_type)) {
    raise(exc::TypeError, "expected str, bytes or os.PathLike object, not " + v[0]->type->name);
  }
  const std::string path = static_cast<Str*>(v[0])->s;
  std::string mode = v[1] ? str(v[1])->s : "r";
  bool r = false, w = false, ap = false, x = false, b = false, t = false, plus = false;
  for (char c : mode) {
    switch (c) {
      case 'r':
        r = true;
        break;
      case 'w':
        w = true;
        break;
      case 'a':
        ap = true;
        break;
      case 'x':
        x = true;
        break;
      case 'b':
        b = true;
        break;
      case 't':
        t = true;
        break;
      case '+':
        plus = true;
        break;
      default:
        raise(exc::ValueError, "invalid mode: '" + mode + "'");
    }
  }
  if (int(r) + int(w) + int(ap) + int(x) != 1) {
    raise(exc::ValueError, "must have exactly one of create/read/write/append mode");
  }
  if (b && t) raise(exc::ValueError, "can't have text and binary mode at once");
  if (b && v[3] && v[3] != None)
    raise(exc::ValueError, "binary mode doesn't take an encoding argument");
  std::string cmode = r ? "r" : w ? "w" : ap ? "a" : "wx";
  if (plus) cmode.insert(1, "+");
  cmode += "b";
  FILE* fp = std::fopen(sandbox_path(path).c_str(), cmode.c_str());
  if (!fp) raise_os_error(errno, path);
  Type* type = !b ? text_file_type : (r && !plus ? reader_type : writer_type);
  Ref<FileObject> f = make<FileObject>(type);
  f->fp = fp;
  f->name = path;
  f->mode = mode;
  f->binary = b;
  f->readable = r || plus;
  f->writable = w || ap || x || plus;
  return f;
}

}  // namespace

void add_open_builtin(Module* builtins) {
  if (!text_file_type) {
    text_file_type = make_file_type("TextIOWrapper");
    reader_type = make_file_type("BufferedReader");
    writer_type = make_file_type("BufferedWriter");
  }
  module_add_function(builtins, "open", b_open);
}

}  // namespace al
