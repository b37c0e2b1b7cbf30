// CBLAS from OpenBLAS (Debian libopenblas-dev, pkg-config "openblas").
#ifndef XPS_CBLAS_SHIM_H
#define XPS_CBLAS_SHIM_H
#include <cblas.h>
#endif
