/* Debian links stb's PNG writer as a library (libstb); on Windows its one implementation unit is
   compiled here from the same header. */
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBIW_WINDOWS_UTF8 /* file names are UTF-8, as everywhere in Balcony */
#include <stb/stb_image_write.h>
