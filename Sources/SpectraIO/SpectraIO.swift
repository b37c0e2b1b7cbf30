import Spectra
