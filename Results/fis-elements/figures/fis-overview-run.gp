# Feature importance per element (run); lines of the element marked; alignment in brackets
#
# Standalone gnuplot script of the sheet of 73 panels 'fis-overview-run' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot fis-overview-run.gp
# It reads fis-overview-run.dat (one gnuplot 'index' block per series) and writes fis-overview-run.png.
# fis-elements — profile: default — commit 786bacb482

if (!exists("outstem")) outstem = "fis-overview-run"
datafile = "fis-overview-run.dat"
formats = "png"

do for [fmt in formats] {
    if (fmt eq "png") {
        set terminal pngcairo size 2700,1863 font "DejaVu Sans,10" noenhanced background "#FFFFFF"
    } else {
        set terminal svg size 2700,1863 font "DejaVu Sans,10" fontscale 1.3333 noenhanced background "#FFFFFF"
    }
    set output outstem.".".fmt
    set multiplot
    # panel 1: fis-overview-Li
    reset
    set encoding utf8
    set origin 0, 0.8711524695776665
    set size 0.1111111111111111, 0.1073729420186113
    set title "Li (0.30)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 54.7, graph 0 to 54.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 0 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 0 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 2: fis-overview-Be
    reset
    set encoding utf8
    set origin 0.1111111111111111, 0.8711524695776665
    set size 0.1111111111111111, 0.1073729420186113
    set title "Be (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 111.5, graph 0 to 111.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 1 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 1 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 3: fis-overview-B
    reset
    set encoding utf8
    set origin 0.2222222222222222, 0.8711524695776665
    set size 0.1111111111111111, 0.1073729420186113
    set title "B (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 188, graph 0 to 188, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 2 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 2 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 4: fis-overview-C
    reset
    set encoding utf8
    set origin 0.3333333333333333, 0.8711524695776665
    set size 0.1111111111111111, 0.1073729420186113
    set title "C (0.97)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 284.2, graph 0 to 284.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 3 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 3 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 5: fis-overview-N
    reset
    set encoding utf8
    set origin 0.4444444444444444, 0.8711524695776665
    set size 0.1111111111111111, 0.1073729420186113
    set title "N (0.98)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 399.5, graph 0 to 399.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 4 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 4 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 6: fis-overview-O
    reset
    set encoding utf8
    set origin 0.5555555555555556, 0.8711524695776665
    set size 0.1111111111111111, 0.1073729420186113
    set title "O (0.81)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 531, graph 0 to 531, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 983.5999999999999, graph 0 to 983.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 5 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 5 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 7: fis-overview-F
    reset
    set encoding utf8
    set origin 0.6666666666666666, 0.8711524695776665
    set size 0.1111111111111111, 0.1073729420186113
    set title "F (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 685, graph 0 to 685, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 839.5999999999999, graph 0 to 839.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 6 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 6 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 8: fis-overview-Na
    reset
    set encoding utf8
    set origin 0.7777777777777778, 0.8711524695776665
    set size 0.1111111111111111, 0.1073729420186113
    set title "Na (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 496.5999999999999, graph 0 to 496.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 1070.8, graph 0 to 1070.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 7 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 7 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 9: fis-overview-Mg
    reset
    set encoding utf8
    set origin 0.8888888888888888, 0.8711524695776665
    set size 0.1111111111111111, 0.1073729420186113
    set title "Mg (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 49.5, graph 0 to 49.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 49.78, graph 0 to 49.78, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 88.7, graph 0 to 88.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 300.5999999999999, graph 0 to 300.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 8 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 8 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 10: fis-overview-Al
    reset
    set encoding utf8
    set origin 0, 0.7637795275590551
    set size 0.1111111111111111, 0.1073729420186113
    set title "Al (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 72.55, graph 0 to 72.55, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 72.95, graph 0 to 72.95, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 117.8, graph 0 to 117.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 9 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 9 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 11: fis-overview-Si
    reset
    set encoding utf8
    set origin 0.1111111111111111, 0.7637795275590551
    set size 0.1111111111111111, 0.1073729420186113
    set title "Si (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 99.42, graph 0 to 99.42, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 99.82, graph 0 to 99.82, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 149.7, graph 0 to 149.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 10 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 10 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 12: fis-overview-P
    reset
    set encoding utf8
    set origin 0.2222222222222222, 0.7637795275590551
    set size 0.1111111111111111, 0.1073729420186113
    set title "P (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 130, graph 0 to 130, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 130.9, graph 0 to 130.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 189, graph 0 to 189, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 11 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 11 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 13: fis-overview-S
    reset
    set encoding utf8
    set origin 0.3333333333333333, 0.7637795275590551
    set size 0.1111111111111111, 0.1073729420186113
    set title "S (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 164, graph 0 to 164, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 165.2, graph 0 to 165.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 228, graph 0 to 228, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 12 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 12 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 14: fis-overview-Cl
    reset
    set encoding utf8
    set origin 0.4444444444444444, 0.7637795275590551
    set size 0.1111111111111111, 0.1073729420186113
    set title "Cl (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 200, graph 0 to 200, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 202, graph 0 to 202, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 270, graph 0 to 270, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 13 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 13 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 15: fis-overview-K
    reset
    set encoding utf8
    set origin 0.5555555555555556, 0.7637795275590551
    set size 0.1111111111111111, 0.1073729420186113
    set title "K (0.85)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 18.3, graph 0 to 18.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 34.8, graph 0 to 34.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 294.6, graph 0 to 294.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 297.3, graph 0 to 297.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 378.6, graph 0 to 378.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 14 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 14 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 16: fis-overview-Ca
    reset
    set encoding utf8
    set origin 0.6666666666666666, 0.7637795275590551
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ca (0.99)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 25.4, graph 0 to 25.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 25.4, graph 0 to 25.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 44.3, graph 0 to 44.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 346.2, graph 0 to 346.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 349.7, graph 0 to 349.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 438.4, graph 0 to 438.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 15 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 15 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 17: fis-overview-Sc
    reset
    set encoding utf8
    set origin 0.7777777777777778, 0.7637795275590551
    set size 0.1111111111111111, 0.1073729420186113
    set title "Sc (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 28.3, graph 0 to 28.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 28.3, graph 0 to 28.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 51.1, graph 0 to 51.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 398.7, graph 0 to 398.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 403.6, graph 0 to 403.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 498, graph 0 to 498, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 16 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 16 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 18: fis-overview-Ti
    reset
    set encoding utf8
    set origin 0.8888888888888888, 0.7637795275590551
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ti (0.96)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 32.6, graph 0 to 32.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 32.6, graph 0 to 32.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 58.7, graph 0 to 58.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 453.8, graph 0 to 453.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 460.2, graph 0 to 460.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 560.9, graph 0 to 560.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 1068.6, graph 0 to 1068.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 17 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 17 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 19: fis-overview-V
    reset
    set encoding utf8
    set origin 0, 0.6564065855404438
    set size 0.1111111111111111, 0.1073729420186113
    set title "V (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 37.2, graph 0 to 37.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 37.2, graph 0 to 37.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 66.3, graph 0 to 66.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 512.1, graph 0 to 512.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 519.8, graph 0 to 519.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 626.7, graph 0 to 626.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 1013.5999999999999, graph 0 to 1013.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 18 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 18 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 20: fis-overview-Cr
    reset
    set encoding utf8
    set origin 0.1111111111111111, 0.6564065855404438
    set size 0.1111111111111111, 0.1073729420186113
    set title "Cr (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 42.2, graph 0 to 42.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 42.2, graph 0 to 42.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 74.1, graph 0 to 74.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 574.1, graph 0 to 574.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 583.8, graph 0 to 583.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 696, graph 0 to 696, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 957.5999999999999, graph 0 to 957.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 19 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 19 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 21: fis-overview-Mn
    reset
    set encoding utf8
    set origin 0.2222222222222222, 0.6564065855404438
    set size 0.1111111111111111, 0.1073729420186113
    set title "Mn (0.97)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 47.2, graph 0 to 47.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 47.2, graph 0 to 47.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 82.3, graph 0 to 82.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 638.7, graph 0 to 638.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 649.9, graph 0 to 649.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 769.1, graph 0 to 769.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 897.5999999999999, graph 0 to 897.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 20 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 20 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 22: fis-overview-Fe
    reset
    set encoding utf8
    set origin 0.3333333333333333, 0.6564065855404438
    set size 0.1111111111111111, 0.1073729420186113
    set title "Fe (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 52.7, graph 0 to 52.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 52.7, graph 0 to 52.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 91.3, graph 0 to 91.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 706.8, graph 0 to 706.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 719.9, graph 0 to 719.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 783.5999999999999, graph 0 to 783.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 844.6, graph 0 to 844.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 21 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 21 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 23: fis-overview-Co
    reset
    set encoding utf8
    set origin 0.4444444444444444, 0.6564065855404438
    set size 0.1111111111111111, 0.1073729420186113
    set title "Co (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 58.9, graph 0 to 58.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 59.9, graph 0 to 59.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 101, graph 0 to 101, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 711.5999999999999, graph 0 to 711.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 778.1, graph 0 to 778.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 793.2, graph 0 to 793.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 925.1, graph 0 to 925.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 22 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 22 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 24: fis-overview-Ni
    reset
    set encoding utf8
    set origin 0.5555555555555556, 0.6564065855404438
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ni (0.95)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 66.2, graph 0 to 66.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 68, graph 0 to 68, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 110.8, graph 0 to 110.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 638.5999999999999, graph 0 to 638.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 852.7, graph 0 to 852.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 870, graph 0 to 870, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 1008.6, graph 0 to 1008.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 23 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 23 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 25: fis-overview-Cu
    reset
    set encoding utf8
    set origin 0.6666666666666666, 0.6564065855404438
    set size 0.1111111111111111, 0.1073729420186113
    set title "Cu (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 75.1, graph 0 to 75.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 77.3, graph 0 to 77.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 122.5, graph 0 to 122.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 566.5999999999999, graph 0 to 566.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 932.7, graph 0 to 932.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 952.3, graph 0 to 952.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 1096.7, graph 0 to 1096.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 24 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 24 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 26: fis-overview-Zn
    reset
    set encoding utf8
    set origin 0.7777777777777778, 0.6564065855404438
    set size 0.1111111111111111, 0.1073729420186113
    set title "Zn (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 88.6, graph 0 to 88.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 91.4, graph 0 to 91.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 139.8, graph 0 to 139.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 492.5999999999999, graph 0 to 492.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 1021.8, graph 0 to 1021.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 1044.9, graph 0 to 1044.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 25 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 25 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 27: fis-overview-Ga
    reset
    set encoding utf8
    set origin 0.8888888888888888, 0.6564065855404438
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ga (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 18.7, graph 0 to 18.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 18.7, graph 0 to 18.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 100, graph 0 to 100, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 103.5, graph 0 to 103.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 159.5, graph 0 to 159.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 416.5999999999999, graph 0 to 416.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 26 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 26 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 28: fis-overview-Ge
    reset
    set encoding utf8
    set origin 0, 0.5490336435218325
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ge (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 29.2, graph 0 to 29.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 29.8, graph 0 to 29.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 120.8, graph 0 to 120.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 124.9, graph 0 to 124.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 180.1, graph 0 to 180.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 339.5999999999999, graph 0 to 339.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 27 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 27 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 29: fis-overview-As
    reset
    set encoding utf8
    set origin 0.1111111111111111, 0.5490336435218325
    set size 0.1111111111111111, 0.1073729420186113
    set title "As (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 41.7, graph 0 to 41.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 41.7, graph 0 to 41.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 141.2, graph 0 to 141.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 146.2, graph 0 to 146.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 204.7, graph 0 to 204.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 258.5999999999999, graph 0 to 258.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 28 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 28 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 30: fis-overview-Se
    reset
    set encoding utf8
    set origin 0.2222222222222222, 0.5490336435218325
    set size 0.1111111111111111, 0.1073729420186113
    set title "Se (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 54.6, graph 0 to 54.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 55.5, graph 0 to 55.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 160.7, graph 0 to 160.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 166.5, graph 0 to 166.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 171.5999999999999, graph 0 to 171.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 229.6, graph 0 to 229.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 29 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 29 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 31: fis-overview-Br
    reset
    set encoding utf8
    set origin 0.3333333333333333, 0.5490336435218325
    set size 0.1111111111111111, 0.1073729420186113
    set title "Br (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 69, graph 0 to 69, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 70, graph 0 to 70, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 182, graph 0 to 182, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 189, graph 0 to 189, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 257, graph 0 to 257, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 30 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 30 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 32: fis-overview-Rb
    reset
    set encoding utf8
    set origin 0.4444444444444444, 0.5490336435218325
    set size 0.1111111111111111, 0.1073729420186113
    set title "Rb (0.97)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 15.3, graph 0 to 15.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 16.3, graph 0 to 16.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 30.5, graph 0 to 30.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 112, graph 0 to 112, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 113, graph 0 to 113, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 239.1, graph 0 to 239.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 248.7, graph 0 to 248.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 326.7, graph 0 to 326.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 31 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 31 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 33: fis-overview-Sr
    reset
    set encoding utf8
    set origin 0.5555555555555556, 0.5490336435218325
    set size 0.1111111111111111, 0.1073729420186113
    set title "Sr (0.94)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 20.1, graph 0 to 20.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 21.3, graph 0 to 21.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 38.9, graph 0 to 38.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 134.2, graph 0 to 134.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 136, graph 0 to 136, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 270, graph 0 to 270, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 280.3, graph 0 to 280.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 358.7, graph 0 to 358.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 32 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 32 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 34: fis-overview-Y
    reset
    set encoding utf8
    set origin 0.6666666666666666, 0.5490336435218325
    set size 0.1111111111111111, 0.1073729420186113
    set title "Y (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 23.1, graph 0 to 23.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 24.4, graph 0 to 24.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 43.8, graph 0 to 43.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 155.8, graph 0 to 155.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 157.7, graph 0 to 157.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 298.8, graph 0 to 298.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 310.6, graph 0 to 310.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 392, graph 0 to 392, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 33 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 33 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 35: fis-overview-Zr
    reset
    set encoding utf8
    set origin 0.7777777777777778, 0.5490336435218325
    set size 0.1111111111111111, 0.1073729420186113
    set title "Zr (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 27.1, graph 0 to 27.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 28.5, graph 0 to 28.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 50.6, graph 0 to 50.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 178.8, graph 0 to 178.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 181.1, graph 0 to 181.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 329.8, graph 0 to 329.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 343.5, graph 0 to 343.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 430.3, graph 0 to 430.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 34 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 34 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 36: fis-overview-Nb
    reset
    set encoding utf8
    set origin 0.8888888888888888, 0.5490336435218325
    set size 0.1111111111111111, 0.1073729420186113
    set title "Nb (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 30.8, graph 0 to 30.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 32.6, graph 0 to 32.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 56.4, graph 0 to 56.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 202.3, graph 0 to 202.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 205, graph 0 to 205, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 360.6, graph 0 to 360.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 376.1, graph 0 to 376.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 466.6, graph 0 to 466.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 35 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 35 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 37: fis-overview-Mo
    reset
    set encoding utf8
    set origin 0, 0.4416607015032212
    set size 0.1111111111111111, 0.1073729420186113
    set title "Mo (0.95)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 35.5, graph 0 to 35.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 37.6, graph 0 to 37.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 63.2, graph 0 to 63.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 227.9, graph 0 to 227.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 231.1, graph 0 to 231.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 394, graph 0 to 394, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 411.6, graph 0 to 411.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 506.3, graph 0 to 506.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 36 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 36 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 38: fis-overview-Ru
    reset
    set encoding utf8
    set origin 0.1111111111111111, 0.4416607015032212
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ru (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 43.2, graph 0 to 43.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 46.3, graph 0 to 46.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 75, graph 0 to 75, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 280, graph 0 to 280, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 284.2, graph 0 to 284.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 461.4, graph 0 to 461.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 483.5, graph 0 to 483.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 586.1, graph 0 to 586.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 37 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 37 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 39: fis-overview-Rh
    reset
    set encoding utf8
    set origin 0.2222222222222222, 0.4416607015032212
    set size 0.1111111111111111, 0.1073729420186113
    set title "Rh" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 47.3, graph 0 to 47.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 50.5, graph 0 to 50.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 81.4, graph 0 to 81.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 307.2, graph 0 to 307.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 311.9, graph 0 to 311.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 496.5, graph 0 to 496.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 521.3, graph 0 to 521.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 628.1, graph 0 to 628.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 38 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 38 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 40: fis-overview-Pd
    reset
    set encoding utf8
    set origin 0.3333333333333333, 0.4416607015032212
    set size 0.1111111111111111, 0.1073729420186113
    set title "Pd (0.74)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 50.9, graph 0 to 50.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 55.7, graph 0 to 55.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 87.1, graph 0 to 87.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 335.2, graph 0 to 335.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 340.5, graph 0 to 340.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 532.3, graph 0 to 532.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 559.9, graph 0 to 559.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 671.6, graph 0 to 671.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 39 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 39 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 41: fis-overview-Ag
    reset
    set encoding utf8
    set origin 0.4444444444444444, 0.4416607015032212
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ag (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 58.3, graph 0 to 58.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 63.7, graph 0 to 63.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 97, graph 0 to 97, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 368.3, graph 0 to 368.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 374, graph 0 to 374, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 573, graph 0 to 573, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 603.8, graph 0 to 603.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 719, graph 0 to 719, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 40 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 40 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 42: fis-overview-Cd
    reset
    set encoding utf8
    set origin 0.5555555555555556, 0.4416607015032212
    set size 0.1111111111111111, 0.1073729420186113
    set title "Cd" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 10.7, graph 0 to 10.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 11.7, graph 0 to 11.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 63.9, graph 0 to 63.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 63.9, graph 0 to 63.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 109.8, graph 0 to 109.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 405.2, graph 0 to 405.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 411.9, graph 0 to 411.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 618.4, graph 0 to 618.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 652.6, graph 0 to 652.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 10 from 772, graph 0 to 772, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 41 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 41 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 43: fis-overview-In
    reset
    set encoding utf8
    set origin 0.6666666666666666, 0.4416607015032212
    set size 0.1111111111111111, 0.1073729420186113
    set title "In (0.99)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 16.9, graph 0 to 16.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 17.7, graph 0 to 17.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 73.5, graph 0 to 73.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 73.5, graph 0 to 73.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 122.9, graph 0 to 122.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 443.9, graph 0 to 443.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 451.4, graph 0 to 451.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 665.3, graph 0 to 665.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 703.2, graph 0 to 703.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 10 from 827.2, graph 0 to 827.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 11 from 1082.6, graph 0 to 1082.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 42 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 42 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 44: fis-overview-Sn
    reset
    set encoding utf8
    set origin 0.7777777777777778, 0.4416607015032212
    set size 0.1111111111111111, 0.1073729420186113
    set title "Sn (0.99)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 23.9, graph 0 to 23.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 24.9, graph 0 to 24.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 83.6, graph 0 to 83.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 83.6, graph 0 to 83.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 137.1, graph 0 to 137.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 484.9, graph 0 to 484.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 493.2, graph 0 to 493.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 714.6, graph 0 to 714.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 756.5, graph 0 to 756.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 10 from 884.7, graph 0 to 884.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 11 from 1056.6, graph 0 to 1056.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 43 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 43 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 45: fis-overview-Sb
    reset
    set encoding utf8
    set origin 0.8888888888888888, 0.4416607015032212
    set size 0.1111111111111111, 0.1073729420186113
    set title "Sb (0.75)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 32.1, graph 0 to 32.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 33.3, graph 0 to 33.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 95.6, graph 0 to 95.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 95.6, graph 0 to 95.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 153.2, graph 0 to 153.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 528.2, graph 0 to 528.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 537.5, graph 0 to 537.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 766.4, graph 0 to 766.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 812.7, graph 0 to 812.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 10 from 946, graph 0 to 946, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 11 from 1032.6, graph 0 to 1032.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 44 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 44 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 46: fis-overview-Te
    reset
    set encoding utf8
    set origin 0, 0.33428775948460987
    set size 0.1111111111111111, 0.1073729420186113
    set title "Te (0.95)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 40.4, graph 0 to 40.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 41.9, graph 0 to 41.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 103.3, graph 0 to 103.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 103.3, graph 0 to 103.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 169.4, graph 0 to 169.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 573, graph 0 to 573, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 583.4, graph 0 to 583.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 820, graph 0 to 820, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 870.8, graph 0 to 870.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 10 from 1003.5999999999999, graph 0 to 1003.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 11 from 1006, graph 0 to 1006, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 45 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 45 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 47: fis-overview-I
    reset
    set encoding utf8
    set origin 0.1111111111111111, 0.33428775948460987
    set size 0.1111111111111111, 0.1073729420186113
    set title "I (0.91)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 48.9, graph 0 to 48.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 50.6, graph 0 to 50.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 123, graph 0 to 123, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 123, graph 0 to 123, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 619.3, graph 0 to 619.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 630.8, graph 0 to 630.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 875, graph 0 to 875, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 931, graph 0 to 931, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 975.5999999999999, graph 0 to 975.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 10 from 1072, graph 0 to 1072, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 46 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 46 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 48: fis-overview-Cs
    reset
    set encoding utf8
    set origin 0.2222222222222222, 0.33428775948460987
    set size 0.1111111111111111, 0.1073729420186113
    set title "Cs (0.99)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 77.5, graph 0 to 77.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 79.8, graph 0 to 79.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 161.3, graph 0 to 161.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 172.4, graph 0 to 172.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 726.6, graph 0 to 726.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 740.5, graph 0 to 740.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 923.5999999999999, graph 0 to 923.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 1003, graph 0 to 1003, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 1071, graph 0 to 1071, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 47 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 47 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 49: fis-overview-Ba
    reset
    set encoding utf8
    set origin 0.3333333333333333, 0.33428775948460987
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ba (0.71)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 89.9, graph 0 to 89.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 92.6, graph 0 to 92.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 178.6, graph 0 to 178.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 192, graph 0 to 192, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 780.5, graph 0 to 780.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 795.7, graph 0 to 795.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 902.5999999999999, graph 0 to 902.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 1063, graph 0 to 1063, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 48 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 48 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 50: fis-overview-La
    reset
    set encoding utf8
    set origin 0.4444444444444444, 0.33428775948460987
    set size 0.1111111111111111, 0.1073729420186113
    set title "La (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 102.5, graph 0 to 102.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 105.3, graph 0 to 105.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 196, graph 0 to 196, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 205.8, graph 0 to 205.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 836, graph 0 to 836, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 853, graph 0 to 853, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 861.5999999999999, graph 0 to 861.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 49 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 49 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 51: fis-overview-Ce
    reset
    set encoding utf8
    set origin 0.5555555555555556, 0.33428775948460987
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ce (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 109, graph 0 to 109, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 206.5, graph 0 to 206.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 825.5999999999999, graph 0 to 825.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 883.8, graph 0 to 883.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 902.4, graph 0 to 902.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 50 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 50 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 52: fis-overview-Pr
    reset
    set encoding utf8
    set origin 0.6666666666666666, 0.33428775948460987
    set size 0.1111111111111111, 0.1073729420186113
    set title "Pr (0.92)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 115.1, graph 0 to 115.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 115.1, graph 0 to 115.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 217.6, graph 0 to 217.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 787.5999999999999, graph 0 to 787.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 928.8, graph 0 to 928.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 948.3, graph 0 to 948.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 51 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 51 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 53: fis-overview-Nd
    reset
    set encoding utf8
    set origin 0.7777777777777778, 0.33428775948460987
    set size 0.1111111111111111, 0.1073729420186113
    set title "Nd (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 120.5, graph 0 to 120.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 120.5, graph 0 to 120.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 224.6, graph 0 to 224.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 756.5999999999999, graph 0 to 756.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 980.4, graph 0 to 980.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 1003.3, graph 0 to 1003.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 52 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 52 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 54: fis-overview-Sm
    reset
    set encoding utf8
    set origin 0.8888888888888888, 0.33428775948460987
    set size 0.1111111111111111, 0.1073729420186113
    set title "Sm (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 129, graph 0 to 129, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 129, graph 0 to 129, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 247.4, graph 0 to 247.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 672.5999999999999, graph 0 to 672.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 1083.4, graph 0 to 1083.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 53 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 53 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 55: fis-overview-Eu
    reset
    set encoding utf8
    set origin 0, 0.22691481746599856
    set size 0.1111111111111111, 0.1073729420186113
    set title "Eu (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 22, graph 0 to 22, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 127.7, graph 0 to 127.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 133, graph 0 to 133, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 257, graph 0 to 257, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 284, graph 0 to 284, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 360, graph 0 to 360, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 628.5999999999999, graph 0 to 628.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 54 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 54 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 56: fis-overview-Gd
    reset
    set encoding utf8
    set origin 0.1111111111111111, 0.22691481746599856
    set size 0.1111111111111111, 0.1073729420186113
    set title "Gd (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 8.6, graph 0 to 8.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 8.6, graph 0 to 8.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 21, graph 0 to 21, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 142.6, graph 0 to 142.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 271, graph 0 to 271, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 286, graph 0 to 286, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 378.6, graph 0 to 378.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 591.5999999999999, graph 0 to 591.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 55 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 55 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 57: fis-overview-Tb
    reset
    set encoding utf8
    set origin 0.2222222222222222, 0.22691481746599856
    set size 0.1111111111111111, 0.1073729420186113
    set title "Tb (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 2.4, graph 0 to 2.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 7.7, graph 0 to 7.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 22.6, graph 0 to 22.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 150.5, graph 0 to 150.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 150.5, graph 0 to 150.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 284.1, graph 0 to 284.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 322.4, graph 0 to 322.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 396, graph 0 to 396, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 413.5999999999999, graph 0 to 413.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 56 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 56 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 58: fis-overview-Dy
    reset
    set encoding utf8
    set origin 0.3333333333333333, 0.22691481746599856
    set size 0.1111111111111111, 0.1073729420186113
    set title "Dy (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 4.3, graph 0 to 4.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 8, graph 0 to 8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 26.3, graph 0 to 26.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 153.6, graph 0 to 153.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 153.6, graph 0 to 153.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 293.2, graph 0 to 293.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 333.5, graph 0 to 333.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 360.5999999999999, graph 0 to 360.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 414.2, graph 0 to 414.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 57 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 57 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 59: fis-overview-Ho
    reset
    set encoding utf8
    set origin 0.4444444444444444, 0.22691481746599856
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ho (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 5.2, graph 0 to 5.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 8.6, graph 0 to 8.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 24.1, graph 0 to 24.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 160, graph 0 to 160, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 160, graph 0 to 160, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 308.2, graph 0 to 308.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 311.5999999999999, graph 0 to 311.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 343.5, graph 0 to 343.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 432.4, graph 0 to 432.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 58 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 58 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 60: fis-overview-Er
    reset
    set encoding utf8
    set origin 0.5555555555555556, 0.22691481746599856
    set size 0.1111111111111111, 0.1073729420186113
    set title "Er (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 4.7, graph 0 to 4.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 24.7, graph 0 to 24.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 93.59999999999991, graph 0 to 93.59999999999991, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 167.6, graph 0 to 167.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 167.6, graph 0 to 167.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 320.2, graph 0 to 320.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 366.2, graph 0 to 366.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 449.8, graph 0 to 449.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 59 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 59 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 61: fis-overview-Tm
    reset
    set encoding utf8
    set origin 0.6666666666666666, 0.22691481746599856
    set size 0.1111111111111111, 0.1073729420186113
    set title "Tm (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 4.6, graph 0 to 4.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 25, graph 0 to 25, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 37.59999999999991, graph 0 to 37.59999999999991, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 175.5, graph 0 to 175.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 175.5, graph 0 to 175.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 332.6, graph 0 to 332.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 385.9, graph 0 to 385.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 470.9, graph 0 to 470.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 60 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 60 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 62: fis-overview-Yb
    reset
    set encoding utf8
    set origin 0.7777777777777778, 0.22691481746599856
    set size 0.1111111111111111, 0.1073729420186113
    set title "Yb (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 1.3, graph 0 to 1.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 2.5, graph 0 to 2.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 24.1, graph 0 to 24.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 182.4, graph 0 to 182.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 191.2, graph 0 to 191.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 339.7, graph 0 to 339.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 388.7, graph 0 to 388.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 480.5, graph 0 to 480.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 61 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 61 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 63: fis-overview-Lu
    reset
    set encoding utf8
    set origin 0.8888888888888888, 0.22691481746599856
    set size 0.1111111111111111, 0.1073729420186113
    set title "Lu (0.99)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 7.5, graph 0 to 7.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 8.9, graph 0 to 8.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 26.7, graph 0 to 26.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 196.3, graph 0 to 196.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 206.1, graph 0 to 206.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 359.2, graph 0 to 359.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 412.4, graph 0 to 412.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 506.8, graph 0 to 506.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 62 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 62 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 64: fis-overview-Hf
    reset
    set encoding utf8
    set origin 0, 0.11954187544738724
    set size 0.1111111111111111, 0.1073729420186113
    set title "Hf (0.97)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 14.2, graph 0 to 14.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 15.9, graph 0 to 15.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 29.9, graph 0 to 29.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 211.5, graph 0 to 211.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 220, graph 0 to 220, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 380.7, graph 0 to 380.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 438.2, graph 0 to 438.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 538, graph 0 to 538, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 63 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 63 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 65: fis-overview-Ta
    reset
    set encoding utf8
    set origin 0.1111111111111111, 0.11954187544738724
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ta (0.95)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 21.6, graph 0 to 21.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 23.5, graph 0 to 23.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 32.7, graph 0 to 32.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 226.4, graph 0 to 226.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 237.9, graph 0 to 237.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 400.9, graph 0 to 400.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 463.4, graph 0 to 463.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 563.4, graph 0 to 563.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 64 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 64 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 66: fis-overview-W
    reset
    set encoding utf8
    set origin 0.2222222222222222, 0.11954187544738724
    set size 0.1111111111111111, 0.1073729420186113
    set title "W (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 31.4, graph 0 to 31.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 33.6, graph 0 to 33.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 36.8, graph 0 to 36.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 243.5, graph 0 to 243.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 255.9, graph 0 to 255.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 423.6, graph 0 to 423.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 490.4, graph 0 to 490.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 594.1, graph 0 to 594.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 65 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 65 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 67: fis-overview-Re
    reset
    set encoding utf8
    set origin 0.3333333333333333, 0.11954187544738724
    set size 0.1111111111111111, 0.1073729420186113
    set title "Re (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 34.6, graph 0 to 34.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 40.5, graph 0 to 40.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 42.9, graph 0 to 42.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 260.5, graph 0 to 260.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 273.9, graph 0 to 273.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 446.8, graph 0 to 446.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 518.7, graph 0 to 518.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 625.4, graph 0 to 625.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 66 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 66 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 68: fis-overview-Os
    reset
    set encoding utf8
    set origin 0.4444444444444444, 0.11954187544738724
    set size 0.1111111111111111, 0.1073729420186113
    set title "Os (0.73)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 44.5, graph 0 to 44.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 50.7, graph 0 to 50.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 53.4, graph 0 to 53.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 278.5, graph 0 to 278.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 293.1, graph 0 to 293.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 470.7, graph 0 to 470.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 549.1, graph 0 to 549.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 658.2, graph 0 to 658.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 67 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 67 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 69: fis-overview-Ir
    reset
    set encoding utf8
    set origin 0.5555555555555556, 0.11954187544738724
    set size 0.1111111111111111, 0.1073729420186113
    set title "Ir (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 48, graph 0 to 48, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 60.8, graph 0 to 60.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 63.8, graph 0 to 63.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 296.3, graph 0 to 296.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 311.9, graph 0 to 311.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 495.8, graph 0 to 495.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 577.8, graph 0 to 577.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 691.1, graph 0 to 691.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 68 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 68 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 70: fis-overview-Pt
    reset
    set encoding utf8
    set origin 0.6666666666666666, 0.11954187544738724
    set size 0.1111111111111111, 0.1073729420186113
    set title "Pt (0.34)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 51.7, graph 0 to 51.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 71.2, graph 0 to 71.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 74.5, graph 0 to 74.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 314.6, graph 0 to 314.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 331.6, graph 0 to 331.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 519.4, graph 0 to 519.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 609.1, graph 0 to 609.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 725.4, graph 0 to 725.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 69 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 69 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 71: fis-overview-Au
    reset
    set encoding utf8
    set origin 0.7777777777777778, 0.11954187544738724
    set size 0.1111111111111111, 0.1073729420186113
    set title "Au (0.98)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 57.2, graph 0 to 57.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 84, graph 0 to 84, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 87.6, graph 0 to 87.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 335.1, graph 0 to 335.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 353.2, graph 0 to 353.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 546.3, graph 0 to 546.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 642.7, graph 0 to 642.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 762.1, graph 0 to 762.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 70 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 70 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 72: fis-overview-Hg
    reset
    set encoding utf8
    set origin 0.8888888888888888, 0.11954187544738724
    set size 0.1111111111111111, 0.1073729420186113
    set title "Hg (1.00)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 7.8, graph 0 to 7.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 9.6, graph 0 to 9.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 64.5, graph 0 to 64.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 99.9, graph 0 to 99.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 104, graph 0 to 104, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 358.8, graph 0 to 358.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 378.2, graph 0 to 378.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 576.6, graph 0 to 576.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 680.2, graph 0 to 680.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 10 from 802.2, graph 0 to 802.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    plot datafile index 71 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 71 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    # panel 73: fis-overview-Tl
    reset
    set encoding utf8
    set origin 0, 0.012168933428775947
    set size 0.1111111111111111, 0.1073729420186113
    set title "Tl (0.93)" font ",11.5"
    set xlabel ""
    set ylabel ""
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 12.5, graph 0 to 12.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 2 from 14.7, graph 0 to 14.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 3 from 73.5, graph 0 to 73.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 4 from 117.8, graph 0 to 117.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 5 from 122.2, graph 0 to 122.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 6 from 385, graph 0 to 385, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 7 from 405.7, graph 0 to 405.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 8 from 609.5, graph 0 to 609.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 9 from 720.5, graph 0 to 720.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set arrow 10 from 846.2, graph 0 to 846.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    unset key
    set label 1000 "Feature importance per element (run); lines of the element marked; alignment in brackets" at screen 0.5, screen 0.9892627057981389 center front font ",15"
    set label 1001 "fis-elements — profile: default — commit 786bacb482" at screen 0.008, screen 0.0060844667143879734 left front font ",7.800000000000001" tc rgb "#555555"
    plot datafile index 72 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 72 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    unset multiplot
    unset output
}
