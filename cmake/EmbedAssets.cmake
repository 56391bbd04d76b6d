# Compiles files from assets/ into the binary, so one executable serves the participant page.
set(BALCONY_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_assets_script.cmake)

# balcony_embed_assets(<name> <dir> <output.cpp> <namespace> <header> <files...>): the generated file
# includes <header>, which declares `struct Embedded` and the kFiles/kFileCount it defines. Files are
# relative to <dir>, or absolute paths embedded under their file name.
function(balcony_embed_assets name dir output namespace header)
  set(files ${ARGN})
  set(deps)
  foreach(f IN LISTS files)
    if(IS_ABSOLUTE ${f})
      list(APPEND deps ${f}) # a file from elsewhere (a board's folder, the build), served by its name
    else()
      list(APPEND deps ${dir}/${f})
    endif()
  endforeach()
  string(REPLACE ";" "," file_arg "${files}")
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DDIR=${dir} "-DFILES=${file_arg}" -DOUTPUT=${output} -DNAMESPACE=${namespace}
            -DHEADER=${header} -P ${BALCONY_EMBED_SCRIPT}
    DEPENDS ${deps} ${BALCONY_EMBED_SCRIPT}
    COMMENT "Embedding ${name} from ${dir}")
endfunction()
