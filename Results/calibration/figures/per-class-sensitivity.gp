# Per-class sensitivity of the published MLP at 0 eV (test split)
#
# Standalone gnuplot script of the figure 'per-class-sensitivity' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot per-class-sensitivity.gp
# It reads per-class-sensitivity.dat (one gnuplot 'index' block per series) and writes per-class-sensitivity.png and per-class-sensitivity.svg.
# calibration — profile: default — commit d9ecdd379f

if (!exists("outstem")) outstem = "per-class-sensitivity"
datafile = "per-class-sensitivity.dat"
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
    set title "Per-class sensitivity of the published MLP at 0 eV (test split)" font ",16.099999999999998"
    set xlabel "functional group"
    set ylabel "sensitivity (%)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [-0.6:39.6]
    set yrange [0:*]
    set xtics ("alkene" 0, "alkyne" 1, "benzene ring" 2, "naphthalene" 3, "amine" 4, "alcohol (aromatic)" 5, "alcohol (aliphatic)" 6, "ether (aromatic)" 7, "ether (aliphatic)" 8, "alkyl halide (F)" 9, "alkyl halide (Cl)" 10, "alkyl halide (Br)" 11, "alkyl halide (I)" 12, "thiol" 13, "aldehyde" 14, "ketone (aromatic)" 15, "ketone (aliphatic)" 16, "ester (aromatic)" 17, "ester (aliphatic)" 18, "carboxylic acid" 19, "amide" 20, "nitrite" 21, "nitrate" 22, "nitrile" 23, "epoxide" 24, "imide" 25, "acid chloride" 26, "anhydride" 27, "nitro (aromatic)" 28, "sulfide" 29, "sulfone" 30, "sulfonate" 31, "azide" 32, "chlorobenzene" 33, "bromobenzene" 34, "siloxane" 35, "phosphazene" 36, "phenoxy" 37, "pyridine" 38, "alkane" 39) nomirror rotate by 90 right
    set bmargin 11.3
    set xlabel offset 0, 1.8
    set key inside top center horizontal Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1 maxrows 1
    set autoscale yfixmax
    set offsets graph 0, graph 0, graph 0.15542029140477687, 0
    set label 1001 "calibration — profile: default — commit d9ecdd379f" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2:(0.2) with boxes fs solid 0.85 noborder lc rgb "#0072B2" title "variation-1", \
         datafile index 1 using 1:2:(0.2) with boxes fs solid 0.85 noborder lc rgb "#D55E00" title "variation-1.5", \
         datafile index 2 using 1:2:(0.2) with boxes fs solid 0.85 noborder lc rgb "#009E73" title "variation-1-1.5", \
         datafile index 3 using 1:2:(0.2) with boxes fs solid 0.85 noborder lc rgb "#CC79A7" title "variation-0.5-1.5"
    unset output
}
