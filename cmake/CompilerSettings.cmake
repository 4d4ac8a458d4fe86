# Settings shared by every target: link saasodoo_config to pick them up.
add_library(saasodoo_config INTERFACE)
if(MSVC)
    # MSVC reads -Wall as /Wall, which also reports its own headers.
    target_compile_options(saasodoo_config INTERFACE /W4 /permissive-)
    if(SAASODOO_WERROR)
        target_compile_options(saasodoo_config INTERFACE /WX)
    endif()
else()
    target_compile_options(saasodoo_config INTERFACE -Wall -Wextra -Wpedantic)
    if(SAASODOO_WERROR)
        target_compile_options(saasodoo_config INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(saasodoo_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SAASODOO_VERSION="${PROJECT_VERSION}")
