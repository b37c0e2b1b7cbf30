// Figures: gnuplot data files and scripts, rendered to PNG and SVG.
