# Exposition parser benchmark and the generator CLI that writes the same input to a file.
if(TARGET headroom_exposition)
    add_executable(bench_exposition bench_exposition.cpp ExpositionGenerator.h)
    target_link_libraries(bench_exposition PRIVATE benchmark::benchmark headroom_exposition)
    headroom_set_warnings(bench_exposition)

    add_executable(make_exposition make_exposition.cpp ExpositionGenerator.h)
    headroom_set_warnings(make_exposition)
endif()
