// HDF5 C library (Debian libhdf5-dev, pkg-config "hdf5-serial").
// HDF5's type and property constants are macros that expand to global ids
// initialised by H5open(); Swift cannot import them, so each is wrapped here.
#ifndef XPS_CHDF5_SHIM_H
#define XPS_CHDF5_SHIM_H
#include <hdf5.h>

static inline hid_t xps_H5P_DEFAULT(void) { return H5P_DEFAULT; }
static inline hid_t xps_H5S_ALL(void) { return H5S_ALL; }
static inline hid_t xps_H5T_NATIVE_FLOAT(void) { H5open(); return H5T_NATIVE_FLOAT; }
static inline hid_t xps_H5T_NATIVE_DOUBLE(void) { H5open(); return H5T_NATIVE_DOUBLE; }
static inline hid_t xps_H5T_NATIVE_INT64(void) { H5open(); return H5T_NATIVE_INT64; }
static inline hid_t xps_H5T_NATIVE_INT32(void) { H5open(); return H5T_NATIVE_INT32; }
static inline hid_t xps_H5T_C_S1(void) { H5open(); return H5T_C_S1; }
static inline hid_t xps_H5P_FILE_ACCESS(void) { H5open(); return H5P_FILE_ACCESS; }
static inline hid_t xps_H5P_DATASET_CREATE(void) { H5open(); return H5P_DATASET_CREATE; }
static inline hid_t xps_H5P_LINK_CREATE(void) { H5open(); return H5P_LINK_CREATE; }
static inline unsigned xps_H5F_ACC_TRUNC(void) { return H5F_ACC_TRUNC; }
static inline unsigned xps_H5F_ACC_RDONLY(void) { return H5F_ACC_RDONLY; }
static inline unsigned xps_H5F_ACC_RDWR(void) { return H5F_ACC_RDWR; }
static inline hid_t xps_H5S_SCALAR(void) { return H5S_SCALAR; }
static inline size_t xps_H5T_VARIABLE(void) { return H5T_VARIABLE; }
#endif
