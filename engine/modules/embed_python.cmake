# Writes OUT: a C++ table of the Python sources in DIR (*.py) and PKGDIR (packages), one
# {name, text} entry per file, as raw string literals. Run at build time by
# engine/modules/CMakeLists.txt.
set(body "// Generated from engine/modules/py and thirdparty by embed_python.cmake. Do not edit.\n")
string(APPEND body "#include \"engine/modules/frozen_modules.h\"\n\nnamespace al {\n\n")
string(APPEND body "const FrozenSource kFrozenSources[] = {\n")
file(GLOB SOURCES ${DIR}/*.py)
list(SORT SOURCES)
foreach(path ${SOURCES})
  get_filename_component(name ${path} NAME_WE)
  string(REPLACE "__" "." name ${name})
  file(READ ${path} text)
  string(APPEND body "    {\"${name}\", R\"__awaitlab__(${text})__awaitlab__\"},\n")
endforeach()
# PKGDIR (optional): packages laid out as on CPython's sys.path (thirdparty/aiofiles/__init__.py is
# "aiofiles", thirdparty/aiofiles/os.py is "aiofiles.os"), so the oracle can import the same files.
if(DEFINED PKGDIR)
  file(GLOB_RECURSE PKG_SOURCES RELATIVE ${PKGDIR} ${PKGDIR}/*.py)
  list(SORT PKG_SOURCES)
  foreach(rel ${PKG_SOURCES})
    string(REGEX REPLACE "(/__init__)?\\.py$" "" name ${rel})
    string(REPLACE "/" "." name ${name})
    file(READ ${PKGDIR}/${rel} text)
    string(APPEND body "    {\"${name}\", R\"__awaitlab__(${text})__awaitlab__\"},\n")
  endforeach()
endif()
string(APPEND body "};\n\nconst size_t kFrozenSourceCount = sizeof(kFrozenSources) / sizeof(kFrozenSources[0]);\n\n}  // namespace al\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
