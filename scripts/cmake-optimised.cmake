# CMake toolchain file for the C libraries that -sys crates build with cmake
# (libaom, through libaom-sys). Cargo points cmake at it (.cargo/config.toml).
#
# libaom-sys builds libaom as CMAKE_BUILD_TYPE=Debug for every cargo profile
# but release, and Debug means -O0: AVIF encodes in the tests would run many
# times slower. Optimise Debug builds as Release ones; release builds are
# unchanged.
set(CMAKE_C_FLAGS_DEBUG_INIT "-O3 -DNDEBUG")
set(CMAKE_CXX_FLAGS_DEBUG_INIT "-O3 -DNDEBUG")
