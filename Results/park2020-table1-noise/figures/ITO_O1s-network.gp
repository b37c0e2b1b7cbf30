# ITO_O1s: expert fit and network prediction (count output 2.99)
#
# Standalone gnuplot script of the figure 'ITO_O1s-network' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot ITO_O1s-network.gp
# It reads ITO_O1s-network.dat (one gnuplot 'index' block per series) and writes ITO_O1s-network.png and ITO_O1s-network.svg.
# park2020-table1-noise — profile: default — commit c305453a4e — network from park2020-training-noise/run (commit cdd8b798a9)

if (!exists("outstem")) outstem = "ITO_O1s-network"
datafile = "ITO_O1s-network.dat"
formats = "png svg"

do for [fmt in formats] {
    if (fmt eq "png") {
        set terminal pngcairo size 1200,800 font "DejaVu Sans,14" noenhanced background "#FFFFFF"
    } else {
        set terminal svg size 1200,800 font "DejaVu Sans,14" fontscale 1.3333 noenhanced background "#FFFFFF"
    }
    set output outstem.".".fmt
    reset
    set encoding utf8
    set origin 0, 0.03966666666666667
    set size 1, 0.9603333333333334
    set title "ITO_O1s: expert fit and network prediction (count output 2.99)" font ",16.099999999999998"
    set xlabel "binding energy (eV)"
    set ylabel "intensity (counts)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set key inside top left Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set label 1001 "park2020-table1-noise — profile: default — commit c305453a4e — network from park2020-training-noise/run (commit cdd8b798a9)" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:3:2 with filledcurves fs transparent solid 0.3 noborder lc rgb "#0072B2" title "expert peak 1: 530.30 eV", \
         datafile index 0 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle, \
         datafile index 1 using 1:3:2 with filledcurves fs transparent solid 0.3 noborder lc rgb "#009E73" title "expert peak 2: 531.50 eV", \
         datafile index 1 using 1:2 with lines lw 1.5 lc rgb "#009E73" notitle, \
         datafile index 2 using 1:3:2 with filledcurves fs transparent solid 0.3 noborder lc rgb "#CC79A7" title "expert peak 3: 532.80 eV", \
         datafile index 2 using 1:2 with lines lw 1.5 lc rgb "#CC79A7" notitle, \
         datafile index 3 using 1:2 with lines lw 2 lc rgb "#000000" title "expert background", \
         datafile index 4 using 1:2 with points pt 6 ps 0.7 lc rgb "#000000" title "measured", \
         datafile index 5 using 1:2 with lines lw 2 lc rgb "#D55E00" title "network peak 1: 529.86 eV", \
         datafile index 6 using 1:2 with lines lw 2 lc rgb "#E69F00" title "network peak 2: 530.74 eV", \
         datafile index 7 using 1:2 with lines lw 2 lc rgb "#56B4E9" title "network peak 3: 532.58 eV"
    unset output
}
