// Least-squares fitting of peak models: the classical baseline.
