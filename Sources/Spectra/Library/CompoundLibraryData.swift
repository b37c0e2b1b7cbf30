// swift-format-ignore-file
// size: data — a hand-written table, one compound a line; read by CompoundLibrary.load().

/// The compound table read by `CompoundLibrary.load()`: one compound a line, tab-separated.
let compoundLibraryTable = #"""
# Real, well-known solids for simulating XPS survey spectra: elements, alloys, oxides, hydroxides, nitrides,
# carbides, borides, silicides, halides, chalcogenides, pnictides, oxo-salts, silicates, polymers and others.
# Fields, tab-separated: formula, name, class, states.
# formula: element symbols with optional decimal counts and parenthesised groups with multipliers.
#   Compositions are the formula's: the nominal stoichiometry of the material (alloys in atomic fractions;
#   doping, non-stoichiometry and adsorbed water are not modelled). H is part of the formula where the
#   material contains it, but XPS never sees it.
# class: one of CompoundClass (element, alloy, oxide, …, polymer, other).
# states: empty, or the formal oxidation state of each Mn, Fe, Co, Ni or Cu in the formula, e.g. `Fe:3` or
#   `Ni:2,Fe:3`; the average, rounded to an integer except for mixed valence (Fe3O4 `Fe:2.67`).
# element
Li	lithium	element	
Be	beryllium	element	
B	boron	element	
C	graphite	element	
C60	buckminsterfullerene	element	
Na	sodium	element	
Mg	magnesium	element	
Al	aluminium	element	
Si	silicon	element	
P	red phosphorus	element	
S	sulfur	element	
K	potassium	element	
Ca	calcium	element	
Sc	scandium	element	
Ti	titanium	element	
V	vanadium	element	
Cr	chromium	element	
Mn	manganese	element	Mn:0
Fe	iron	element	Fe:0
Co	cobalt	element	Co:0
Ni	nickel	element	Ni:0
Cu	copper	element	Cu:0
Zn	zinc	element	
Ga	gallium	element	
Ge	germanium	element	
As	grey arsenic	element	
Se	selenium	element	
Br2	bromine	element	
Rb	rubidium	element	
Sr	strontium	element	
Y	yttrium	element	
Zr	zirconium	element	
Nb	niobium	element	
Mo	molybdenum	element	
Ru	ruthenium	element	
Rh	rhodium	element	
Pd	palladium	element	
Ag	silver	element	
Cd	cadmium	element	
In	indium	element	
Sn	tin	element	
Sb	antimony	element	
Te	tellurium	element	
I2	iodine	element	
Cs	caesium	element	
Ba	barium	element	
La	lanthanum	element	
Ce	cerium	element	
Pr	praseodymium	element	
Nd	neodymium	element	
Sm	samarium	element	
Eu	europium	element	
Gd	gadolinium	element	
Tb	terbium	element	
Dy	dysprosium	element	
Ho	holmium	element	
Er	erbium	element	
Tm	thulium	element	
Yb	ytterbium	element	
Lu	lutetium	element	
Hf	hafnium	element	
Ta	tantalum	element	
W	tungsten	element	
Re	rhenium	element	
Os	osmium	element	
Ir	iridium	element	
Pt	platinum	element	
Au	gold	element	
Hg	mercury	element	
Tl	thallium	element	
Pb	lead	element	
Bi	bismuth	element	
Th	thorium	element	
U	uranium	element	
# alloy
Fe0.5Ni0.5	tetrataenite (L1_0 FeNi)	alloy	Fe:0,Ni:0
Ni0.8Fe0.2	permalloy	alloy	Ni:0,Fe:0
Fe0.64Ni0.36	Invar	alloy	Fe:0,Ni:0
Fe0.7Cr0.2Ni0.1	austenitic stainless steel (304-like)	alloy	Fe:0,Ni:0
Fe0.83Cr0.17	ferritic stainless steel (430-like)	alloy	Fe:0
Cu0.7Zn0.3	cartridge brass	alloy	Cu:0
Cu0.94Sn0.06	tin bronze	alloy	Cu:0
Cu0.55Ni0.45	constantan	alloy	Cu:0,Ni:0
Ni0.8Cr0.2	nichrome	alloy	Ni:0
Cu3Au	copper–gold L1_2 (Cu3Au)	alloy	Cu:0
CuAu	copper–gold L1_0 (CuAu)	alloy	Cu:0
AuAg	electrum	alloy	
Au0.55Ag0.17Cu0.28	18-carat yellow gold	alloy	Cu:0
Ag0.88Cu0.12	sterling silver	alloy	Cu:0
Ni3Al	nickel aluminide (gamma prime)	alloy	Ni:0
NiAl	nickel aluminide (beta)	alloy	Ni:0
NiTi	nitinol	alloy	Ni:0
Fe3Al	iron aluminide	alloy	Fe:0
FeCo	permendur	alloy	Fe:0,Co:0
FePt	iron–platinum L1_0	alloy	Fe:0
CoPt	cobalt–platinum L1_0	alloy	Co:0
FePd	iron–palladium L1_0	alloy	Fe:0
Ni3Fe	awaruite	alloy	Ni:0,Fe:0
TiAl	gamma titanium aluminide	alloy	
Ti3Al	alpha-2 titanium aluminide	alloy	
Ti0.86Al0.1V0.04	Ti-6Al-4V	alloy	
Nb3Sn	niobium–tin (A15)	alloy	
Nb3Ge	niobium–germanium (A15)	alloy	
NbTi	niobium–titanium superconductor	alloy	
SmCo5	samarium–cobalt magnet (1:5)	alloy	Co:0
Sm2Co17	samarium–cobalt magnet (2:17)	alloy	Co:0
Nd2Fe14B	neodymium magnet	alloy	Fe:0
Pr2Fe14B	praseodymium–iron–boron magnet	alloy	Fe:0
LaNi5	lanthanum–nickel hydrogen-storage alloy	alloy	Ni:0
TiFe	titanium–iron hydrogen-storage alloy	alloy	Fe:0
Mg2Ni	magnesium–nickel hydrogen-storage alloy	alloy	Ni:0
Sn0.75Pb0.25	tin–lead solder	alloy	
Sn0.957Ag0.033Cu0.01	SAC lead-free solder	alloy	Cu:0
Ga0.78In0.15Sn0.07	Galinstan	alloy	
Ga0.86In0.14	eutectic gallium–indium	alloy	
Bi0.42Pb0.23Sn0.2Cd0.15	Wood's metal	alloy	
Pt0.9Ir0.1	platinum–iridium	alloy	
Pt0.83Rh0.17	platinum–rhodium thermocouple alloy	alloy	
PtRu	platinum–ruthenium catalyst	alloy	
Pd0.75Ag0.25	palladium–silver membrane alloy	alloy	
OsIr	osmiridium	alloy	
IrMn3	iridium–manganese antiferromagnet	alloy	Mn:0
PtMn	platinum–manganese antiferromagnet	alloy	Mn:0
Ni2MnGa	nickel–manganese–gallium Heusler alloy	alloy	Ni:0,Mn:0
Cu2MnAl	Heusler alloy	alloy	Cu:0,Mn:0
Co2MnSi	cobalt–manganese–silicon Heusler alloy	alloy	Co:0,Mn:0
MnBi	manganese–bismuth magnet	alloy	Mn:0
Tb0.3Dy0.7Fe2	Terfenol-D	alloy	Fe:0
TbFe2	terbium–iron Laves phase	alloy	Fe:0
GdFe2	gadolinium–iron Laves phase	alloy	Fe:0
ErCo2	erbium–cobalt Laves phase	alloy	Co:0
HoCo2	holmium–cobalt Laves phase	alloy	Co:0
Fe0.81Ga0.19	Galfenol	alloy	Fe:0
Zr0.98Sn0.02	Zircaloy-like	alloy	
Mg0.96Al0.03Zn0.01	magnesium alloy AZ31	alloy	
Cu0.88Be0.12	beryllium copper	alloy	Cu:0
UBe13	uranium–beryllium heavy-fermion compound	alloy	
UPt3	uranium–platinum heavy-fermion compound	alloy	
UZr2	uranium–zirconium delta phase	alloy	
CeCu6	cerium–copper heavy-fermion compound	alloy	Cu:0
YbAl3	ytterbium–aluminium intermediate-valence compound	alloy	
Al3Sc	scandium trialuminide	alloy	
YCo5	yttrium–cobalt	alloy	Co:0
Ag2Hg3	dental amalgam gamma-1 phase	alloy	
LiAl	lithium–aluminium	alloy	
Na0.32K0.68	NaK-78	alloy	
CsAu	caesium auride	alloy	
W0.95Re0.05	tungsten–rhenium	alloy	
Si0.7Ge0.3	silicon–germanium	alloy	
BaAl4	barium tetra-aluminide	alloy	
# oxide: binary
Li2O	lithium oxide	oxide	
Li2O2	lithium peroxide	oxide	
BeO	beryllium oxide	oxide	
B2O3	boron trioxide	oxide	
Na2O	sodium oxide	oxide	
Na2O2	sodium peroxide	oxide	
MgO	magnesium oxide	oxide	
Al2O3	alumina	oxide	
SiO2	silica	oxide	
SiO	silicon monoxide	oxide	
P2O5	phosphorus pentoxide	oxide	
K2O	potassium oxide	oxide	
KO2	potassium superoxide	oxide	
CaO	calcium oxide	oxide	
Sc2O3	scandium oxide	oxide	
TiO2	titanium dioxide	oxide	
Ti2O3	titanium sesquioxide	oxide	
TiO	titanium monoxide	oxide	
VO2	vanadium dioxide	oxide	
V2O5	vanadium pentoxide	oxide	
V2O3	vanadium sesquioxide	oxide	
Cr2O3	chromium(III) oxide	oxide	
CrO2	chromium dioxide	oxide	
CrO3	chromium trioxide	oxide	
MnO	manganese(II) oxide	oxide	Mn:2
Mn2O3	manganese(III) oxide	oxide	Mn:3
Mn3O4	hausmannite	oxide	Mn:2.67
MnO2	manganese dioxide	oxide	Mn:4
FeO	wüstite	oxide	Fe:2
Fe2O3	haematite	oxide	Fe:3
Fe3O4	magnetite	oxide	Fe:2.67
CoO	cobalt(II) oxide	oxide	Co:2
Co3O4	cobalt(II,III) oxide	oxide	Co:2.67
NiO	nickel(II) oxide	oxide	Ni:2
Cu2O	cuprite	oxide	Cu:1
CuO	tenorite	oxide	Cu:2
ZnO	zinc oxide	oxide	
Ga2O3	gallium oxide	oxide	
GeO2	germanium dioxide	oxide	
As2O3	arsenic trioxide	oxide	
As2O5	arsenic pentoxide	oxide	
SeO2	selenium dioxide	oxide	
Rb2O	rubidium oxide	oxide	
SrO	strontium oxide	oxide	
Y2O3	yttria	oxide	
ZrO2	zirconia	oxide	
Nb2O5	niobium pentoxide	oxide	
NbO2	niobium dioxide	oxide	
NbO	niobium monoxide	oxide	
MoO2	molybdenum dioxide	oxide	
MoO3	molybdenum trioxide	oxide	
RuO2	ruthenium dioxide	oxide	
Rh2O3	rhodium(III) oxide	oxide	
PdO	palladium(II) oxide	oxide	
Ag2O	silver(I) oxide	oxide	
AgO	silver(I,III) oxide	oxide	
CdO	cadmium oxide	oxide	
In2O3	indium oxide	oxide	
SnO	tin(II) oxide	oxide	
SnO2	tin(IV) oxide	oxide	
Sb2O3	antimony trioxide	oxide	
Sb2O5	antimony pentoxide	oxide	
TeO2	tellurium dioxide	oxide	
I2O5	iodine pentoxide	oxide	
Cs2O	caesium oxide	oxide	
BaO	barium oxide	oxide	
BaO2	barium peroxide	oxide	
La2O3	lanthanum oxide	oxide	
CeO2	ceria	oxide	
Ce2O3	cerium(III) oxide	oxide	
Pr6O11	praseodymium(III,IV) oxide	oxide	
Pr2O3	praseodymium(III) oxide	oxide	
Nd2O3	neodymium oxide	oxide	
Sm2O3	samarium oxide	oxide	
Eu2O3	europium(III) oxide	oxide	
EuO	europium(II) oxide	oxide	
Gd2O3	gadolinium oxide	oxide	
Tb4O7	terbium(III,IV) oxide	oxide	
Dy2O3	dysprosium oxide	oxide	
Ho2O3	holmium oxide	oxide	
Er2O3	erbium oxide	oxide	
Tm2O3	thulium oxide	oxide	
Yb2O3	ytterbium oxide	oxide	
Lu2O3	lutetium oxide	oxide	
HfO2	hafnia	oxide	
Ta2O5	tantalum pentoxide	oxide	
WO3	tungsten trioxide	oxide	
WO2	tungsten dioxide	oxide	
ReO3	rhenium trioxide	oxide	
Re2O7	rhenium(VII) oxide	oxide	
OsO4	osmium tetroxide	oxide	
OsO2	osmium dioxide	oxide	
IrO2	iridium dioxide	oxide	
PtO2	platinum dioxide (Adams' catalyst)	oxide	
Au2O3	gold(III) oxide	oxide	
HgO	mercury(II) oxide	oxide	
Tl2O3	thallium(III) oxide	oxide	
Tl2O	thallium(I) oxide	oxide	
PbO	lead(II) oxide	oxide	
PbO2	lead dioxide	oxide	
Pb3O4	minium	oxide	
Bi2O3	bismuth oxide	oxide	
ThO2	thoria	oxide	
UO2	uranium dioxide	oxide	
U3O8	triuranium octoxide	oxide	
UO3	uranium trioxide	oxide	
# oxide: ternary and beyond
MgAl2O4	spinel	oxide	
MgFe2O4	magnesium ferrite	oxide	Fe:3
NiCo2O4	nickel cobaltite	oxide	Ni:2,Co:3
CoFe2O4	cobalt ferrite	oxide	Co:2,Fe:3
NiFe2O4	nickel ferrite	oxide	Ni:2,Fe:3
ZnFe2O4	zinc ferrite	oxide	Fe:3
MnFe2O4	manganese ferrite	oxide	Mn:2,Fe:3
CuFe2O4	copper ferrite	oxide	Cu:2,Fe:3
ZnAl2O4	gahnite	oxide	
CoAl2O4	cobalt blue	oxide	Co:2
FeCr2O4	chromite	oxide	Fe:2
MgCr2O4	magnesiochromite	oxide	
ZnCr2O4	zinc chromite	oxide	
NiCr2O4	nickel chromite	oxide	Ni:2
CuCr2O4	copper chromite	oxide	Cu:2
NiAl2O4	nickel aluminate spinel	oxide	Ni:2
CuAl2O4	copper aluminate spinel	oxide	Cu:2
FeAl2O4	hercynite	oxide	Fe:2
MnAl2O4	galaxite	oxide	Mn:2
ZnGa2O4	zinc gallate	oxide	
Zn2SnO4	zinc stannate	oxide	
Cd2SnO4	cadmium stannate	oxide	
LiMn2O4	lithium manganese spinel	oxide	Mn:3.5
LiMn1.5Ni0.5O4	high-voltage spinel LNMO	oxide	Mn:4,Ni:2
Li4Ti5O12	lithium titanate	oxide	
LiCoO2	lithium cobalt oxide	oxide	Co:3
LiNiO2	lithium nickel oxide	oxide	Ni:3
LiNi0.8Co0.15Al0.05O2	NCA cathode	oxide	Ni:3,Co:3
LiNi0.33Mn0.33Co0.33O2	NMC111 cathode	oxide	Ni:2,Mn:4,Co:3
LiNi0.8Mn0.1Co0.1O2	NMC811 cathode	oxide	Ni:3,Mn:4,Co:3
Li2MnO3	lithium manganate	oxide	Mn:4
Na0.44MnO2	sodium manganese oxide tunnel phase	oxide	Mn:3.56
Na0.7CoO2	sodium cobaltate	oxide	Co:3.3
LiAlO2	lithium aluminate	oxide	
LiGaO2	lithium gallate	oxide	
Li2TiO3	lithium metatitanate	oxide	
Li2ZrO3	lithium zirconate	oxide	
LiV3O8	lithium trivanadate	oxide	
Li7La3Zr2O12	LLZO garnet electrolyte	oxide	
Li0.33La0.56TiO3	LLTO perovskite electrolyte	oxide	
SrTiO3	strontium titanate	oxide	
BaTiO3	barium titanate	oxide	
CaTiO3	perovskite (mineral)	oxide	
PbTiO3	lead titanate	oxide	
PbZrO3	lead zirconate	oxide	
PbZr0.52Ti0.48O3	PZT	oxide	
Ba0.5Sr0.5TiO3	barium strontium titanate	oxide	
PbMg0.33Nb0.67O3	PMN relaxor	oxide	
K0.5Na0.5NbO3	KNN piezoceramic	oxide	
Na0.5Bi0.5TiO3	sodium bismuth titanate	oxide	
EuTiO3	europium titanate	oxide	
LaAlO3	lanthanum aluminate	oxide	
LaMnO3	lanthanum manganite	oxide	Mn:3
La0.7Sr0.3MnO3	LSMO	oxide	Mn:3.3
La0.7Ca0.3MnO3	LCMO	oxide	Mn:3.3
LaFeO3	lanthanum ferrite	oxide	Fe:3
LaCoO3	lanthanum cobaltite	oxide	Co:3
LaNiO3	lanthanum nickelate	oxide	Ni:3
NdNiO3	neodymium nickelate	oxide	Ni:3
La2NiO4	lanthanum nickelate (Ruddlesden–Popper)	oxide	Ni:2
La0.6Sr0.4Co0.2Fe0.8O3	LSCF cathode	oxide	Co:3,Fe:3
Ba0.5Sr0.5Co0.8Fe0.2O3	BSCF cathode	oxide	Co:3,Fe:3
La0.9Sr0.1Ga0.8Mg0.2O2.85	LSGM electrolyte	oxide	
BiFeO3	bismuth ferrite	oxide	Fe:3
KNbO3	potassium niobate	oxide	
NaNbO3	sodium niobate	oxide	
LiNbO3	lithium niobate	oxide	
LiTaO3	lithium tantalate	oxide	
KTaO3	potassium tantalate	oxide	
NaTaO3	sodium tantalate	oxide	
KTa0.6Nb0.4O3	KTN	oxide	
SrZrO3	strontium zirconate	oxide	
BaZrO3	barium zirconate	oxide	
BaSnO3	barium stannate	oxide	
SrSnO3	strontium stannate	oxide	
SrRuO3	strontium ruthenate	oxide	
CaRuO3	calcium ruthenate	oxide	
Sr2RuO4	strontium ruthenate (Ruddlesden–Popper)	oxide	
Sr2IrO4	strontium iridate	oxide	
Na2IrO3	sodium iridate	oxide	
Li2IrO3	lithium iridate	oxide	
Li2RuO3	lithium ruthenate	oxide	
Y2Ir2O7	yttrium iridate pyrochlore	oxide	
Nd2Ir2O7	neodymium iridate pyrochlore	oxide	
Cd2Os2O7	cadmium osmate pyrochlore	oxide	
NaOsO3	sodium osmate	oxide	
LiOsO3	lithium osmate	oxide	
Ba2NaOsO6	barium sodium osmate double perovskite	oxide	
NdGaO3	neodymium gallate	oxide	
LaGaO3	lanthanum gallate	oxide	
DyScO3	dysprosium scandate	oxide	
GdScO3	gadolinium scandate	oxide	
TbScO3	terbium scandate	oxide	
NdScO3	neodymium scandate	oxide	
SmScO3	samarium scandate	oxide	
YAlO3	yttrium aluminium perovskite (YAP)	oxide	
LuAlO3	lutetium aluminium perovskite (LuAP)	oxide	
PrAlO3	praseodymium aluminate	oxide	
YFeO3	yttrium orthoferrite	oxide	Fe:3
DyFeO3	dysprosium orthoferrite	oxide	Fe:3
HoFeO3	holmium orthoferrite	oxide	Fe:3
ErFeO3	erbium orthoferrite	oxide	Fe:3
TmFeO3	thulium orthoferrite	oxide	Fe:3
SmFeO3	samarium orthoferrite	oxide	Fe:3
YMnO3	yttrium manganite	oxide	Mn:3
TbMnO3	terbium manganite	oxide	Mn:3
HoMnO3	holmium manganite	oxide	Mn:3
LuFe2O4	lutetium ferrite	oxide	Fe:2.5
Y3Al5O12	yttrium aluminium garnet (YAG)	oxide	
Y3Fe5O12	yttrium iron garnet (YIG)	oxide	Fe:3
Gd3Ga5O12	gadolinium gallium garnet (GGG)	oxide	
Gd3Sc2Ga3O12	gadolinium scandium gallium garnet	oxide	
Lu3Al5O12	lutetium aluminium garnet (LuAG)	oxide	
Tb3Ga5O12	terbium gallium garnet (TGG)	oxide	
Gd3Al2Ga3O12	GAGG scintillator host	oxide	
Yb3Al5O12	ytterbium aluminium garnet	oxide	
Dy3Al5O12	dysprosium aluminium garnet	oxide	
Tm3Fe5O12	thulium iron garnet	oxide	Fe:3
Eu3Fe5O12	europium iron garnet	oxide	Fe:3
Nd3Ga5O12	neodymium gallium garnet	oxide	
Sm3Ga5O12	samarium gallium garnet	oxide	
Er3Al5O12	erbium aluminium garnet	oxide	
Ho3Al5O12	holmium aluminium garnet	oxide	
Gd2Ti2O7	gadolinium titanate pyrochlore	oxide	
Dy2Ti2O7	dysprosium titanate spin ice	oxide	
Ho2Ti2O7	holmium titanate spin ice	oxide	
Tb2Ti2O7	terbium titanate pyrochlore	oxide	
Yb2Ti2O7	ytterbium titanate pyrochlore	oxide	
Er2Ti2O7	erbium titanate pyrochlore	oxide	
Y2Ti2O7	yttrium titanate pyrochlore	oxide	
La2Zr2O7	lanthanum zirconate	oxide	
Gd2Zr2O7	gadolinium zirconate	oxide	
Nd2Zr2O7	neodymium zirconate	oxide	
Sm2Zr2O7	samarium zirconate	oxide	
In1.8Sn0.2O3	indium tin oxide (ITO)	oxide	
InGaZnO4	IGZO	oxide	
Zn0.98Al0.02O	aluminium-doped zinc oxide (AZO)	oxide	
Sn0.9Sb0.1O2	antimony-doped tin oxide (ATO)	oxide	
Zr0.92Y0.08O1.96	8YSZ	oxide	
Ce0.9Gd0.1O1.95	gadolinium-doped ceria	oxide	
Ce0.8Sm0.2O1.9	samarium-doped ceria	oxide	
Hf0.5Zr0.5O2	hafnium zirconium oxide	oxide	
YBa2Cu3O7	YBCO	oxide	Cu:2.33
Bi2Sr2CaCu2O8	BSCCO-2212	oxide	Cu:2
HgBa2Ca2Cu3O8	Hg-1223 cuprate	oxide	Cu:2
Tl2Ba2CaCu2O8	Tl-2212 cuprate	oxide	Cu:2
La2CuO4	lanthanum cuprate	oxide	Cu:2
La1.85Sr0.15CuO4	LSCO	oxide	Cu:2.15
Nd1.85Ce0.15CuO4	NCCO	oxide	Cu:1.85
Ba0.6K0.4BiO3	barium potassium bismuthate	oxide	
BaPb0.75Bi0.25O3	barium lead bismuthate	oxide	
SrFe12O19	strontium hexaferrite	oxide	Fe:3
BaFe12O19	barium hexaferrite	oxide	Fe:3
Ca2Fe2O5	brownmillerite	oxide	Fe:3
CaFe2O4	calcium ferrite	oxide	Fe:3
CuAlO2	copper aluminate delafossite	oxide	Cu:1
CuFeO2	delafossite	oxide	Cu:1,Fe:3
CuCrO2	copper chromite delafossite	oxide	Cu:1
CuGaO2	copper gallate delafossite	oxide	Cu:1
PdCoO2	palladium cobaltate delafossite	oxide	Co:3
PtCoO2	platinum cobaltate delafossite	oxide	Co:3
FeTiO3	ilmenite	oxide	Fe:2
MgTiO3	geikielite	oxide	
MnTiO3	pyrophanite	oxide	Mn:2
NiTiO3	nickel titanate	oxide	Ni:2
CoTiO3	cobalt titanate	oxide	Co:2
Al2TiO5	aluminium titanate	oxide	
Na2Ti3O7	sodium trititanate	oxide	
Bi4Ti3O12	bismuth titanate	oxide	
SrBi2Ta2O9	strontium bismuth tantalate	oxide	
CaWO4	scheelite	oxide	
PbWO4	lead tungstate	oxide	
CdWO4	cadmium tungstate	oxide	
ZnWO4	zinc tungstate	oxide	
Bi2WO6	bismuth tungstate	oxide	
FeWO4	ferberite	oxide	Fe:2
MnWO4	hübnerite	oxide	Mn:2
Na2WO4	sodium tungstate	oxide	
Cs0.33WO3	caesium tungsten bronze	oxide	
Na0.3WO3	sodium tungsten bronze	oxide	
CaMoO4	powellite	oxide	
PbMoO4	wulfenite	oxide	
Bi2MoO6	bismuth molybdate	oxide	
Na2MoO4	sodium molybdate	oxide	
Fe2(MoO4)3	iron molybdate	oxide	Fe:3
CoMoO4	cobalt molybdate	oxide	Co:2
NiMoO4	nickel molybdate	oxide	Ni:2
K2Cr2O7	potassium dichromate	oxide	
K2CrO4	potassium chromate	oxide	
PbCrO4	chrome yellow	oxide	
BaCrO4	barium chromate	oxide	
KMnO4	potassium permanganate	oxide	Mn:7
BiVO4	bismuth vanadate	oxide	
FeVO4	iron vanadate	oxide	Fe:3
YVO4	yttrium orthovanadate	oxide	
GdVO4	gadolinium orthovanadate	oxide	
NaVO3	sodium metavanadate	oxide	
YTaO4	yttrium tantalate	oxide	
LaNbO4	lanthanum orthoniobate	oxide	
Bi4Ge3O12	bismuth germanate (BGO)	oxide	
Na2B4O7	sodium tetraborate	oxide	
Li2B4O7	lithium tetraborate	oxide	
LiB3O5	lithium triborate (LBO)	oxide	
BaB2O4	beta-barium borate (BBO)	oxide	
YAl3(BO3)4	yttrium aluminium borate	oxide	
GdCa4O(BO3)3	gadolinium calcium oxyborate	oxide	
KBe2BO3F2	KBBF	oxide	
BeAl2O4	chrysoberyl	oxide	
SrAl2O4	strontium aluminate	oxide	
CaAl2O4	calcium aluminate	oxide	
Y2O2S	yttrium oxysulfide	oxide	
Gd2O2S	gadolinium oxysulfide	oxide	
La2O2S	lanthanum oxysulfide	oxide	
LaFeAsO	lanthanum iron arsenide oxide	arsenide	Fe:2
SmFeAsO	samarium iron arsenide oxide	arsenide	Fe:2
NdFeAsO	neodymium iron arsenide oxide	arsenide	Fe:2
PrFeAsO	praseodymium iron arsenide oxide	arsenide	Fe:2
CeFeAsO	cerium iron arsenide oxide	arsenide	Fe:2
# hydroxide
LiOH	lithium hydroxide	hydroxide	
NaOH	sodium hydroxide	hydroxide	
KOH	potassium hydroxide	hydroxide	
RbOH	rubidium hydroxide	hydroxide	
CsOH	caesium hydroxide	hydroxide	
Be(OH)2	beryllium hydroxide	hydroxide	
Mg(OH)2	brucite	hydroxide	
Ca(OH)2	portlandite	hydroxide	
Sr(OH)2	strontium hydroxide	hydroxide	
Ba(OH)2	barium hydroxide	hydroxide	
Al(OH)3	gibbsite	hydroxide	
AlO(OH)	boehmite	hydroxide	
GaO(OH)	gallium oxyhydroxide	hydroxide	
In(OH)3	indium hydroxide	hydroxide	
FeO(OH)	goethite	hydroxide	Fe:3
Fe(OH)2	iron(II) hydroxide	hydroxide	Fe:2
Fe(OH)3	iron(III) hydroxide	hydroxide	Fe:3
Co(OH)2	cobalt(II) hydroxide	hydroxide	Co:2
CoO(OH)	cobalt oxyhydroxide	hydroxide	Co:3
Ni(OH)2	nickel(II) hydroxide	hydroxide	Ni:2
NiO(OH)	nickel oxyhydroxide	hydroxide	Ni:3
Cu(OH)2	copper(II) hydroxide	hydroxide	Cu:2
Zn(OH)2	zinc hydroxide	hydroxide	
Mn(OH)2	pyrochroite	hydroxide	Mn:2
MnO(OH)	manganite	hydroxide	Mn:3
Cr(OH)3	chromium(III) hydroxide	hydroxide	
Cd(OH)2	cadmium hydroxide	hydroxide	
Zr(OH)4	zirconium hydroxide	hydroxide	
Th(OH)4	thorium hydroxide	hydroxide	
Sc(OH)3	scandium hydroxide	hydroxide	
Y(OH)3	yttrium hydroxide	hydroxide	
La(OH)3	lanthanum hydroxide	hydroxide	
Ce(OH)3	cerium(III) hydroxide	hydroxide	
Pr(OH)3	praseodymium hydroxide	hydroxide	
Nd(OH)3	neodymium hydroxide	hydroxide	
Sm(OH)3	samarium hydroxide	hydroxide	
Eu(OH)3	europium hydroxide	hydroxide	
Gd(OH)3	gadolinium hydroxide	hydroxide	
Tb(OH)3	terbium hydroxide	hydroxide	
Dy(OH)3	dysprosium hydroxide	hydroxide	
Er(OH)3	erbium hydroxide	hydroxide	
Yb(OH)3	ytterbium hydroxide	hydroxide	
Sn6O4(OH)4	tin(II) oxyhydroxide	hydroxide	
Mg6Al2CO3(OH)16	hydrotalcite	hydroxide	
Ni0.75Fe0.25(OH)2	nickel–iron layered double hydroxide	hydroxide	Ni:2,Fe:3
# nitride
BN	hexagonal boron nitride	nitride	
AlN	aluminium nitride	nitride	
GaN	gallium nitride	nitride	
InN	indium nitride	nitride	
In0.2Ga0.8N	indium gallium nitride	nitride	
Al0.3Ga0.7N	aluminium gallium nitride	nitride	
Si3N4	silicon nitride	nitride	
Ge3N4	germanium nitride	nitride	
C3N4	graphitic carbon nitride	nitride	
TiN	titanium nitride	nitride	
Ti2N	titanium subnitride	nitride	
Ti0.5Al0.5N	titanium aluminium nitride	nitride	
ZrN	zirconium nitride	nitride	
HfN	hafnium nitride	nitride	
VN	vanadium nitride	nitride	
NbN	niobium nitride	nitride	
Nb0.5Ti0.5N	niobium titanium nitride	nitride	
TaN	tantalum nitride	nitride	
Ta3N5	tantalum(V) nitride	nitride	
CrN	chromium nitride	nitride	
Cr2N	dichromium nitride	nitride	
Mo2N	molybdenum nitride	nitride	
W2N	tungsten nitride	nitride	
Fe4N	iron nitride (gamma prime)	nitride	
Fe3N	iron nitride (epsilon)	nitride	
Cu3N	copper nitride	nitride	Cu:1
Ni3N	nickel nitride	nitride	Ni:1
Co4N	cobalt nitride	nitride	
Mn4N	manganese nitride	nitride	
Zn3N2	zinc nitride	nitride	
Li3N	lithium nitride	nitride	
Be3N2	beryllium nitride	nitride	
Mg3N2	magnesium nitride	nitride	
Ca3N2	calcium nitride	nitride	
Sr2N	strontium subnitride	nitride	
Ba3N2	barium nitride	nitride	
ScN	scandium nitride	nitride	
YN	yttrium nitride	nitride	
LaN	lanthanum nitride	nitride	
CeN	cerium nitride	nitride	
GdN	gadolinium nitride	nitride	
DyN	dysprosium nitride	nitride	
ThN	thorium nitride	nitride	
UN	uranium nitride	nitride	
# carbide
SiC	silicon carbide	carbide	
B4C	boron carbide	carbide	
TiC	titanium carbide	carbide	
ZrC	zirconium carbide	carbide	
HfC	hafnium carbide	carbide	
VC	vanadium carbide	carbide	
NbC	niobium carbide	carbide	
TaC	tantalum carbide	carbide	
Ta4HfC5	tantalum hafnium carbide	carbide	
Cr3C2	chromium carbide	carbide	
Cr23C6	chromium carbide (23:6)	carbide	
Mo2C	molybdenum carbide	carbide	
WC	tungsten carbide	carbide	
W2C	ditungsten carbide	carbide	
Fe3C	cementite	carbide	
Ni3C	nickel carbide	carbide	
Al4C3	aluminium carbide	carbide	
CaC2	calcium carbide	carbide	
SrC2	strontium carbide	carbide	
BaC2	barium carbide	carbide	
Li2C2	lithium carbide	carbide	
Be2C	beryllium carbide	carbide	
LaC2	lanthanum dicarbide	carbide	
CeC2	cerium dicarbide	carbide	
UC	uranium carbide	carbide	
ThC	thorium carbide	carbide	
Ti3SiC2	titanium silicon carbide MAX phase	carbide	
Ti3AlC2	titanium aluminium carbide MAX phase	carbide	
Ti2AlC	titanium aluminium carbide (211) MAX phase	carbide	
V2AlC	vanadium aluminium carbide MAX phase	carbide	
Cr2AlC	chromium aluminium carbide MAX phase	carbide	
Nb2AlC	niobium aluminium carbide MAX phase	carbide	
Ti3C2	titanium carbide MXene	carbide	
# boride
MgB2	magnesium diboride	boride	
AlB2	aluminium diboride	boride	
TiB2	titanium diboride	boride	
ZrB2	zirconium diboride	boride	
HfB2	hafnium diboride	boride	
VB2	vanadium diboride	boride	
NbB2	niobium diboride	boride	
TaB2	tantalum diboride	boride	
CrB2	chromium diboride	boride	
MoB	molybdenum boride	boride	
W2B5	tungsten boride	boride	
ReB2	rhenium diboride	boride	
OsB2	osmium diboride	boride	
RuB2	ruthenium diboride	boride	
FeB	iron boride	boride	
Fe2B	diiron boride	boride	
Co2B	dicobalt boride	boride	
Ni3B	trinickel boride	boride	
CaB6	calcium hexaboride	boride	
SrB6	strontium hexaboride	boride	
BaB6	barium hexaboride	boride	
LaB6	lanthanum hexaboride	boride	
CeB6	cerium hexaboride	boride	
SmB6	samarium hexaboride	boride	
EuB6	europium hexaboride	boride	
YbB6	ytterbium hexaboride	boride	
GdB6	gadolinium hexaboride	boride	
YB6	yttrium hexaboride	boride	
PrB6	praseodymium hexaboride	boride	
NdB6	neodymium hexaboride	boride	
YB4	yttrium tetraboride	boride	
ErB4	erbium tetraboride	boride	
TmB4	thulium tetraboride	boride	
HoB4	holmium tetraboride	boride	
DyB4	dysprosium tetraboride	boride	
TbB4	terbium tetraboride	boride	
ThB4	thorium tetraboride	boride	
UB2	uranium diboride	boride	
YRh4B4	yttrium rhodium boride	boride	
LuNi2B2C	lutetium nickel borocarbide	boride	
YNi2B2C	yttrium nickel borocarbide	boride	
ErNi2B2C	erbium nickel borocarbide	boride	
HoNi2B2C	holmium nickel borocarbide	boride	
TmNi2B2C	thulium nickel borocarbide	boride	
LuB12	lutetium dodecaboride	boride	
# silicide
MoSi2	molybdenum disilicide	silicide	
WSi2	tungsten disilicide	silicide	
TiSi2	titanium disilicide	silicide	
CoSi2	cobalt disilicide	silicide	
CoSi	cobalt monosilicide	silicide	
NiSi	nickel monosilicide	silicide	
Ni2Si	dinickel silicide	silicide	
PtSi	platinum silicide	silicide	
Pd2Si	palladium silicide	silicide	
CrSi2	chromium disilicide	silicide	
FeSi	iron monosilicide	silicide	
FeSi2	beta-iron disilicide	silicide	
Fe3Si	iron silicide (D0_3)	silicide	
MnSi	manganese monosilicide	silicide	
Mg2Si	magnesium silicide	silicide	
CaSi2	calcium disilicide	silicide	
SrSi2	strontium disilicide	silicide	
BaSi2	barium disilicide	silicide	
TaSi2	tantalum disilicide	silicide	
NbSi2	niobium disilicide	silicide	
ZrSi2	zirconium disilicide	silicide	
HfSi2	hafnium disilicide	silicide	
V3Si	vanadium silicide (A15)	silicide	
Ru2Si3	ruthenium silicide	silicide	
ReSi1.75	rhenium silicide	silicide	
Cu3Si	copper silicide	silicide	
Li15Si4	lithium silicide	silicide	
U3Si2	uranium silicide	silicide	
ThSi2	thorium disilicide	silicide	
YSi2	yttrium disilicide	silicide	
ErSi2	erbium disilicide	silicide	
LaSi2	lanthanum disilicide	silicide	
YbRh2Si2	ytterbium rhodium silicide	silicide	
CeCu2Si2	cerium copper silicide	silicide	
URu2Si2	uranium ruthenium silicide	silicide	
Gd5Si2Ge2	gadolinium silicon germanide	silicide	
Mn4Si7	higher manganese silicide	silicide	
# halide: fluorides
LiF	lithium fluoride	halide	
NaF	sodium fluoride	halide	
KF	potassium fluoride	halide	
RbF	rubidium fluoride	halide	
CsF	caesium fluoride	halide	
BeF2	beryllium fluoride	halide	
MgF2	magnesium fluoride	halide	
CaF2	fluorite	halide	
SrF2	strontium fluoride	halide	
BaF2	barium fluoride	halide	
AlF3	aluminium fluoride	halide	
GaF3	gallium fluoride	halide	
InF3	indium fluoride	halide	
TlF	thallium(I) fluoride	halide	
ScF3	scandium fluoride	halide	
YF3	yttrium fluoride	halide	
LaF3	lanthanum fluoride	halide	
CeF3	cerium fluoride	halide	
PrF3	praseodymium fluoride	halide	
NdF3	neodymium fluoride	halide	
SmF3	samarium fluoride	halide	
EuF3	europium(III) fluoride	halide	
GdF3	gadolinium fluoride	halide	
TbF3	terbium fluoride	halide	
DyF3	dysprosium fluoride	halide	
HoF3	holmium fluoride	halide	
ErF3	erbium fluoride	halide	
TmF3	thulium fluoride	halide	
YbF3	ytterbium fluoride	halide	
LuF3	lutetium fluoride	halide	
ThF4	thorium tetrafluoride	halide	
UF4	uranium tetrafluoride	halide	
UF6	uranium hexafluoride	halide	
ZrF4	zirconium tetrafluoride	halide	
HfF4	hafnium tetrafluoride	halide	
TiF4	titanium tetrafluoride	halide	
VF3	vanadium trifluoride	halide	
CrF3	chromium(III) fluoride	halide	
MnF2	manganese(II) fluoride	halide	Mn:2
FeF2	iron(II) fluoride	halide	Fe:2
FeF3	iron(III) fluoride	halide	Fe:3
CoF2	cobalt(II) fluoride	halide	Co:2
CoF3	cobalt(III) fluoride	halide	Co:3
NiF2	nickel(II) fluoride	halide	Ni:2
CuF2	copper(II) fluoride	halide	Cu:2
ZnF2	zinc fluoride	halide	
NbF5	niobium pentafluoride	halide	
TaF5	tantalum pentafluoride	halide	
WF6	tungsten hexafluoride	halide	
MoF6	molybdenum hexafluoride	halide	
ReF6	rhenium hexafluoride	halide	
OsF6	osmium hexafluoride	halide	
IrF6	iridium hexafluoride	halide	
PtF6	platinum hexafluoride	halide	
AgF	silver(I) fluoride	halide	
AgF2	silver(II) fluoride	halide	
CdF2	cadmium fluoride	halide	
HgF2	mercury(II) fluoride	halide	
SnF2	tin(II) fluoride	halide	
SbF3	antimony trifluoride	halide	
PbF2	lead(II) fluoride	halide	
BiF3	bismuth trifluoride	halide	
Na3AlF6	cryolite	halide	
KMgF3	potassium magnesium fluoride	halide	
NaYF4	sodium yttrium fluoride	halide	
LiYF4	lithium yttrium fluoride (YLF)	halide	
LiLuF4	lithium lutetium fluoride	halide	
LiCaAlF6	LiCAF	halide	
K2SiF6	potassium hexafluorosilicate	halide	
K2TiF6	potassium hexafluorotitanate	halide	
BaMgF4	barium magnesium fluoride	halide	
KMnF3	potassium manganese fluoride	halide	Mn:2
LiPF6	lithium hexafluorophosphate	halide	
LiBF4	lithium tetrafluoroborate	halide	
NaPF6	sodium hexafluorophosphate	halide	
KPF6	potassium hexafluorophosphate	halide	
# halide: chlorides
LiCl	lithium chloride	halide	
NaCl	halite	halide	
KCl	sylvite	halide	
RbCl	rubidium chloride	halide	
CsCl	caesium chloride	halide	
BeCl2	beryllium chloride	halide	
MgCl2	magnesium chloride	halide	
CaCl2	calcium chloride	halide	
SrCl2	strontium chloride	halide	
BaCl2	barium chloride	halide	
AlCl3	aluminium chloride	halide	
GaCl3	gallium trichloride	halide	
InCl3	indium trichloride	halide	
TlCl	thallium(I) chloride	halide	
ScCl3	scandium chloride	halide	
YCl3	yttrium chloride	halide	
LaCl3	lanthanum chloride	halide	
CeCl3	cerium chloride	halide	
PrCl3	praseodymium chloride	halide	
NdCl3	neodymium chloride	halide	
SmCl3	samarium chloride	halide	
EuCl3	europium(III) chloride	halide	
GdCl3	gadolinium chloride	halide	
TbCl3	terbium chloride	halide	
DyCl3	dysprosium chloride	halide	
HoCl3	holmium chloride	halide	
ErCl3	erbium chloride	halide	
TmCl3	thulium chloride	halide	
YbCl3	ytterbium chloride	halide	
LuCl3	lutetium chloride	halide	
ThCl4	thorium tetrachloride	halide	
UCl4	uranium tetrachloride	halide	
TiCl4	titanium tetrachloride	halide	
TiCl3	titanium trichloride	halide	
ZrCl4	zirconium tetrachloride	halide	
HfCl4	hafnium tetrachloride	halide	
VCl3	vanadium trichloride	halide	
NbCl5	niobium pentachloride	halide	
TaCl5	tantalum pentachloride	halide	
CrCl3	chromium(III) chloride	halide	
MoCl5	molybdenum pentachloride	halide	
WCl6	tungsten hexachloride	halide	
ReCl5	rhenium pentachloride	halide	
MnCl2	manganese(II) chloride	halide	Mn:2
FeCl2	iron(II) chloride	halide	Fe:2
FeCl3	iron(III) chloride	halide	Fe:3
CoCl2	cobalt(II) chloride	halide	Co:2
NiCl2	nickel(II) chloride	halide	Ni:2
CuCl	copper(I) chloride	halide	Cu:1
CuCl2	copper(II) chloride	halide	Cu:2
ZnCl2	zinc chloride	halide	
CdCl2	cadmium chloride	halide	
HgCl2	mercury(II) chloride	halide	
Hg2Cl2	calomel	halide	
AgCl	silver chloride	halide	
AuCl3	gold(III) chloride	halide	
HAuCl4	chloroauric acid	halide	
PdCl2	palladium(II) chloride	halide	
PtCl2	platinum(II) chloride	halide	
K2PtCl4	potassium tetrachloroplatinate	halide	
H2PtCl6	chloroplatinic acid	halide	
RhCl3	rhodium(III) chloride	halide	
IrCl3	iridium(III) chloride	halide	
RuCl3	ruthenium(III) chloride	halide	
OsCl3	osmium(III) chloride	halide	
K2OsCl6	potassium hexachloroosmate	halide	
SiCl4	silicon tetrachloride	halide	
GeCl4	germanium tetrachloride	halide	
SnCl2	tin(II) chloride	halide	
SnCl4	tin(IV) chloride	halide	
PbCl2	lead(II) chloride	halide	
BCl3	boron trichloride	halide	
PCl5	phosphorus pentachloride	halide	
AsCl3	arsenic trichloride	halide	
SbCl3	antimony trichloride	halide	
BiCl3	bismuth trichloride	halide	
S2Cl2	disulfur dichloride	halide	
SeCl4	selenium tetrachloride	halide	
TeCl4	tellurium tetrachloride	halide	
ICl	iodine monochloride	halide	
NH4Cl	ammonium chloride	halide	
BiOCl	bismuth oxychloride	halide	
FeOCl	iron oxychloride	halide	Fe:3
LaOCl	lanthanum oxychloride	halide	
CsPbCl3	caesium lead chloride	halide	
# halide: bromides
LiBr	lithium bromide	halide	
NaBr	sodium bromide	halide	
KBr	potassium bromide	halide	
RbBr	rubidium bromide	halide	
CsBr	caesium bromide	halide	
MgBr2	magnesium bromide	halide	
CaBr2	calcium bromide	halide	
BaBr2	barium bromide	halide	
AlBr3	aluminium bromide	halide	
CuBr	copper(I) bromide	halide	Cu:1
AgBr	silver bromide	halide	
ZnBr2	zinc bromide	halide	
CdBr2	cadmium bromide	halide	
HgBr2	mercury(II) bromide	halide	
TlBr	thallium(I) bromide	halide	
PbBr2	lead(II) bromide	halide	
BiOBr	bismuth oxybromide	halide	
RhBr3	rhodium(III) bromide	halide	
CBr4	carbon tetrabromide	halide	
SiBr4	silicon tetrabromide	halide	
CsPbBr3	caesium lead bromide	halide	
CH3NH3PbBr3	methylammonium lead bromide	halide	
Cs2AgBiBr6	caesium silver bismuth bromide	halide	
TlBr0.42I0.58	thallium bromoiodide (KRS-5)	halide	
CeBr3	cerium bromide	halide	
LaBr3	lanthanum bromide	halide	
NH4Br	ammonium bromide	halide	
# halide: iodides
LiI	lithium iodide	halide	
NaI	sodium iodide	halide	
KI	potassium iodide	halide	
RbI	rubidium iodide	halide	
CsI	caesium iodide	halide	
CaI2	calcium iodide	halide	
SrI2	strontium iodide	halide	
CuI	copper(I) iodide	halide	Cu:1
AgI	silver iodide	halide	
HgI2	mercury(II) iodide	halide	
TlI	thallium(I) iodide	halide	
PbI2	lead(II) iodide	halide	
BiI3	bismuth triiodide	halide	
SnI4	tin(IV) iodide	halide	
CdI2	cadmium iodide	halide	
CrI3	chromium triiodide	halide	
RhI3	rhodium(III) iodide	halide	
TmI2	thulium(II) iodide	halide	
SmI2	samarium(II) iodide	halide	
CH3NH3PbI3	methylammonium lead iodide	halide	
CH(NH2)2PbI3	formamidinium lead iodide	halide	
CsPbI3	caesium lead iodide	halide	
CsSnI3	caesium tin iodide	halide	
RbAg4I5	rubidium silver iodide	halide	
BiOI	bismuth oxyiodide	halide	
# sulfide
Li2S	lithium sulfide	sulfide	
Na2S	sodium sulfide	sulfide	
K2S	potassium sulfide	sulfide	
MgS	magnesium sulfide	sulfide	
CaS	oldhamite	sulfide	
SrS	strontium sulfide	sulfide	
BaS	barium sulfide	sulfide	
Al2S3	aluminium sulfide	sulfide	
SiS2	silicon disulfide	sulfide	
P2S5	phosphorus pentasulfide	sulfide	
ZnS	sphalerite	sulfide	
CdS	cadmium sulfide	sulfide	
HgS	cinnabar	sulfide	
PbS	galena	sulfide	
SnS	herzenbergite	sulfide	
SnS2	tin disulfide	sulfide	
GeS	germanium monosulfide	sulfide	
GeS2	germanium disulfide	sulfide	
As2S3	orpiment	sulfide	
As4S4	realgar	sulfide	
Sb2S3	stibnite	sulfide	
Bi2S3	bismuthinite	sulfide	
MoS2	molybdenite	sulfide	
WS2	tungstenite	sulfide	
TiS2	titanium disulfide	sulfide	
TaS2	tantalum disulfide	sulfide	
NbS2	niobium disulfide	sulfide	
ZrS2	zirconium disulfide	sulfide	
HfS2	hafnium disulfide	sulfide	
ReS2	rhenium disulfide	sulfide	
OsS2	erlichmanite	sulfide	
RuS2	laurite	sulfide	
IrS2	iridium disulfide	sulfide	
Rh2S3	rhodium sesquisulfide	sulfide	
PdS	vysotskite	sulfide	
PtS	cooperite	sulfide	
PtS2	platinum disulfide	sulfide	
FeS2	pyrite	sulfide	Fe:2
FeS	troilite	sulfide	Fe:2
CoS2	cattierite	sulfide	Co:2
NiS	millerite	sulfide	Ni:2
Ni3S2	heazlewoodite	sulfide	Ni:1
MnS	alabandite	sulfide	Mn:2
Cu2S	chalcocite	sulfide	Cu:1
CuS	covellite	sulfide	Cu:1
CuFeS2	chalcopyrite	sulfide	Cu:1,Fe:3
Cu5FeS4	bornite	sulfide	Cu:1,Fe:3
Cu2ZnSnS4	kesterite (CZTS)	sulfide	Cu:1
CuInS2	copper indium disulfide	sulfide	Cu:1
CuSbS2	chalcostibite	sulfide	Cu:1
Cu12Sb4S13	tetrahedrite	sulfide	Cu:1
Cu3AsS4	enargite	sulfide	Cu:1
FeAsS	arsenopyrite	sulfide	Fe:2
AgInS2	silver indium sulfide	sulfide	
Ag2S	acanthite	sulfide	
In2S3	indium sulfide	sulfide	
Ga2S3	gallium sulfide	sulfide	
Cr2S3	chromium sulfide	sulfide	
VS4	patronite	sulfide	
La2S3	lanthanum sulfide	sulfide	
Ce2S3	cerium sulfide	sulfide	
EuS	europium sulfide	sulfide	
SmS	samarium monosulfide	sulfide	
Y2S3	yttrium sulfide	sulfide	
Tl2S	thallium(I) sulfide	sulfide	
Li6PS5Cl	lithium argyrodite	sulfide	
Li10GeP2S12	LGPS electrolyte	sulfide	
Li3PS4	lithium thiophosphate	sulfide	
Li7P3S11	lithium thiophosphate glass-ceramic	sulfide	
Na3PS4	sodium thiophosphate	sulfide	
CdIn2S4	cadmium indium sulfide	sulfide	
US2	uranium disulfide	sulfide	
# selenide
ZnSe	zinc selenide	selenide	
CdSe	cadmium selenide	selenide	
HgSe	tiemannite	selenide	
PbSe	clausthalite	selenide	
SnSe	tin selenide	selenide	
GeSe	germanium selenide	selenide	
GaSe	gallium selenide	selenide	
InSe	indium selenide	selenide	
In2Se3	indium(III) selenide	selenide	
CuInSe2	copper indium diselenide	selenide	Cu:1
CuIn0.7Ga0.3Se2	CIGS	selenide	Cu:1
Cu2ZnSnSe4	CZTSe	selenide	Cu:1
Cu2Se	copper(I) selenide	selenide	Cu:1
Ag2Se	naumannite	selenide	
Bi2Se3	bismuth selenide	selenide	
Sb2Se3	antimony selenide	selenide	
MoSe2	molybdenum diselenide	selenide	
WSe2	tungsten diselenide	selenide	
NbSe2	niobium diselenide	selenide	
TiSe2	titanium diselenide	selenide	
TaSe2	tantalum diselenide	selenide	
HfSe2	hafnium diselenide	selenide	
ZrSe2	zirconium diselenide	selenide	
ReSe2	rhenium diselenide	selenide	
PtSe2	platinum diselenide	selenide	
PdSe2	palladium diselenide	selenide	
FeSe	iron selenide	selenide	Fe:2
MnSe	manganese selenide	selenide	Mn:2
EuSe	europium selenide	selenide	
As2Se3	arsenic triselenide	selenide	
Na2SeO3	sodium selenite	other	
# telluride
CdTe	cadmium telluride	telluride	
ZnTe	zinc telluride	telluride	
HgTe	mercury telluride	telluride	
Hg0.8Cd0.2Te	mercury cadmium telluride	telluride	
PbTe	lead telluride	telluride	
SnTe	tin telluride	telluride	
GeTe	germanium telluride	telluride	
Ge2Sb2Te5	GST phase-change alloy	telluride	
Bi2Te3	bismuth telluride	telluride	
Sb2Te3	antimony telluride	telluride	
Bi2Te2Se	bismuth telluride selenide	telluride	
Ag2Te	hessite	telluride	
Cu2Te	copper(I) telluride	telluride	Cu:1
MoTe2	molybdenum ditelluride	telluride	
WTe2	tungsten ditelluride	telluride	
ZrTe5	zirconium pentatelluride	telluride	
HfTe5	hafnium pentatelluride	telluride	
MnTe	manganese telluride	telluride	Mn:2
FeTe	iron telluride	telluride	Fe:2
FeSe0.5Te0.5	iron selenide telluride	telluride	Fe:2
MnBi2Te4	manganese bismuth telluride	telluride	Mn:2
Fe3GeTe2	iron germanium telluride	telluride	
CrSiTe3	chromium silicon telluride	telluride	
EuTe	europium telluride	telluride	
CeTe3	cerium tritelluride	telluride	
TbTe3	terbium tritelluride	telluride	
DyTe3	dysprosium tritelluride	telluride	
HoTe3	holmium tritelluride	telluride	
ErTe3	erbium tritelluride	telluride	
TmTe3	thulium tritelluride	telluride	
In2Te3	indium telluride	telluride	
Ga2Te3	gallium telluride	telluride	
# phosphide
InP	indium phosphide	phosphide	
GaP	gallium phosphide	phosphide	
AlP	aluminium phosphide	phosphide	
BP	boron phosphide	phosphide	
Ga0.5In0.5P	gallium indium phosphide	phosphide	
Zn3P2	zinc phosphide	phosphide	
Cd3P2	cadmium phosphide	phosphide	
Ca3P2	calcium phosphide	phosphide	
Mg3P2	magnesium phosphide	phosphide	
Li3P	lithium phosphide	phosphide	
Na3P	sodium phosphide	phosphide	
Ni2P	nickel phosphide	phosphide	
Ni12P5	nickel phosphide (12:5)	phosphide	
CoP	cobalt phosphide	phosphide	
Co2P	dicobalt phosphide	phosphide	
FeP	iron phosphide	phosphide	
Fe2P	diiron phosphide	phosphide	
MnP	manganese phosphide	phosphide	
Cu3P	copper phosphide	phosphide	
MoP	molybdenum phosphide	phosphide	
WP	tungsten phosphide	phosphide	
NbP	niobium phosphide	phosphide	
TaP	tantalum phosphide	phosphide	
Sn4P3	tin phosphide	phosphide	
GaAs0.6P0.4	gallium arsenide phosphide	phosphide	
# arsenide
GaAs	gallium arsenide	arsenide	
InAs	indium arsenide	arsenide	
AlAs	aluminium arsenide	arsenide	
BAs	boron arsenide	arsenide	
Al0.3Ga0.7As	aluminium gallium arsenide	arsenide	
In0.53Ga0.47As	indium gallium arsenide	arsenide	
NiAs	nickeline	arsenide	
NiAs2	rammelsbergite	arsenide	
CoAs3	skutterudite	arsenide	
FeAs2	löllingite	arsenide	
MnAs	manganese arsenide	arsenide	
PtAs2	sperrylite	arsenide	
ErAs	erbium arsenide	arsenide	
Cd3As2	cadmium arsenide	arsenide	
Zn3As2	zinc arsenide	arsenide	
NbAs	niobium arsenide	arsenide	
TaAs	tantalum arsenide	arsenide	
BaFe2As2	barium iron arsenide	arsenide	Fe:2
CaFe2As2	calcium iron arsenide	arsenide	Fe:2
SrFe2As2	strontium iron arsenide	arsenide	Fe:2
KFe2As2	potassium iron arsenide	arsenide	
LiFeAs	lithium iron arsenide	arsenide	Fe:2
NaFeAs	sodium iron arsenide	arsenide	Fe:2
CdGeAs2	cadmium germanium arsenide	arsenide	
Cs3Sb	caesium antimonide	other	
K2CsSb	potassium caesium antimonide	other	
InSb	indium antimonide	other	
GaSb	gallium antimonide	other	
AlSb	aluminium antimonide	other	
ZnSb	zinc antimonide	other	
# carbonate
Li2CO3	lithium carbonate	carbonate	
Na2CO3	sodium carbonate	carbonate	
K2CO3	potassium carbonate	carbonate	
Rb2CO3	rubidium carbonate	carbonate	
Cs2CO3	caesium carbonate	carbonate	
NaHCO3	sodium bicarbonate	carbonate	
KHCO3	potassium bicarbonate	carbonate	
MgCO3	magnesite	carbonate	
CaCO3	calcite	carbonate	
SrCO3	strontianite	carbonate	
BaCO3	witherite	carbonate	
CaMg(CO3)2	dolomite	carbonate	
MnCO3	rhodochrosite	carbonate	Mn:2
FeCO3	siderite	carbonate	Fe:2
CoCO3	spherocobaltite	carbonate	Co:2
NiCO3	nickel carbonate	carbonate	Ni:2
ZnCO3	smithsonite	carbonate	
CdCO3	otavite	carbonate	
PbCO3	cerussite	carbonate	
Ag2CO3	silver carbonate	carbonate	
Tl2CO3	thallium(I) carbonate	carbonate	
Cu2(OH)2CO3	malachite	carbonate	Cu:2
Cu3(OH)2(CO3)2	azurite	carbonate	Cu:2
Zn5(OH)6(CO3)2	hydrozincite	carbonate	
Pb3(CO3)2(OH)2	hydrocerussite	carbonate	
Bi2O2CO3	bismutite	carbonate	
La2(CO3)3	lanthanum carbonate	carbonate	
Ce2(CO3)3	cerium(III) carbonate	carbonate	
Nd2(CO3)3	neodymium carbonate	carbonate	
Y2(CO3)3	yttrium carbonate	carbonate	
UO2CO3	rutherfordine	carbonate	
(NH4)2CO3	ammonium carbonate	carbonate	
# sulfate
Li2SO4	lithium sulfate	sulfate	
Na2SO4	thenardite	sulfate	
K2SO4	arcanite	sulfate	
Rb2SO4	rubidium sulfate	sulfate	
Cs2SO4	caesium sulfate	sulfate	
BeSO4	beryllium sulfate	sulfate	
MgSO4	magnesium sulfate	sulfate	
CaSO4	anhydrite	sulfate	
CaSO4(H2O)2	gypsum	sulfate	
SrSO4	celestine	sulfate	
BaSO4	baryte	sulfate	
Al2(SO4)3	aluminium sulfate	sulfate	
KAl(SO4)2	potassium alum (anhydrous)	sulfate	
FeSO4	iron(II) sulfate	sulfate	Fe:2
Fe2(SO4)3	iron(III) sulfate	sulfate	Fe:3
KFe3(SO4)2(OH)6	jarosite	sulfate	Fe:3
CoSO4	cobalt(II) sulfate	sulfate	Co:2
NiSO4	nickel(II) sulfate	sulfate	Ni:2
CuSO4	copper(II) sulfate	sulfate	Cu:2
CuSO4(H2O)5	chalcanthite	sulfate	Cu:2
ZnSO4	zinc sulfate	sulfate	
MnSO4	manganese(II) sulfate	sulfate	Mn:2
Cr2(SO4)3	chromium(III) sulfate	sulfate	
VOSO4	vanadyl sulfate	sulfate	
TiOSO4	titanyl sulfate	sulfate	
CdSO4	cadmium sulfate	sulfate	
HgSO4	mercury(II) sulfate	sulfate	
PbSO4	anglesite	sulfate	
Ag2SO4	silver sulfate	sulfate	
Tl2SO4	thallium(I) sulfate	sulfate	
SnSO4	tin(II) sulfate	sulfate	
In2(SO4)3	indium sulfate	sulfate	
Ga2(SO4)3	gallium sulfate	sulfate	
Ce(SO4)2	cerium(IV) sulfate	sulfate	
La2(SO4)3	lanthanum sulfate	sulfate	
Nd2(SO4)3	neodymium sulfate	sulfate	
Sc2(SO4)3	scandium sulfate	sulfate	
UO2SO4	uranyl sulfate	sulfate	
Th(SO4)2	thorium sulfate	sulfate	
(NH4)2SO4	ammonium sulfate	sulfate	
NH4Fe(SO4)2	ammonium iron(III) sulfate	sulfate	Fe:3
# nitrate
LiNO3	lithium nitrate	nitrate	
NaNO3	sodium nitrate	nitrate	
KNO3	potassium nitrate	nitrate	
RbNO3	rubidium nitrate	nitrate	
CsNO3	caesium nitrate	nitrate	
NH4NO3	ammonium nitrate	nitrate	
Be(NO3)2	beryllium nitrate	nitrate	
Mg(NO3)2	magnesium nitrate	nitrate	
Ca(NO3)2	calcium nitrate	nitrate	
Sr(NO3)2	strontium nitrate	nitrate	
Ba(NO3)2	barium nitrate	nitrate	
Al(NO3)3	aluminium nitrate	nitrate	
Ga(NO3)3	gallium nitrate	nitrate	
In(NO3)3	indium nitrate	nitrate	
TlNO3	thallium(I) nitrate	nitrate	
Sc(NO3)3	scandium nitrate	nitrate	
Y(NO3)3	yttrium nitrate	nitrate	
La(NO3)3	lanthanum nitrate	nitrate	
Ce(NO3)3	cerium(III) nitrate	nitrate	
(NH4)2Ce(NO3)6	ceric ammonium nitrate	nitrate	
Pr(NO3)3	praseodymium nitrate	nitrate	
Nd(NO3)3	neodymium nitrate	nitrate	
Sm(NO3)3	samarium nitrate	nitrate	
Eu(NO3)3	europium nitrate	nitrate	
Gd(NO3)3	gadolinium nitrate	nitrate	
Tb(NO3)3	terbium nitrate	nitrate	
Dy(NO3)3	dysprosium nitrate	nitrate	
Ho(NO3)3	holmium nitrate	nitrate	
Er(NO3)3	erbium nitrate	nitrate	
Tm(NO3)3	thulium nitrate	nitrate	
Yb(NO3)3	ytterbium nitrate	nitrate	
Lu(NO3)3	lutetium nitrate	nitrate	
Th(NO3)4	thorium nitrate	nitrate	
UO2(NO3)2	uranyl nitrate	nitrate	
ZrO(NO3)2	zirconyl nitrate	nitrate	
Cr(NO3)3	chromium(III) nitrate	nitrate	
Mn(NO3)2	manganese(II) nitrate	nitrate	Mn:2
Fe(NO3)3	iron(III) nitrate	nitrate	Fe:3
Co(NO3)2	cobalt(II) nitrate	nitrate	Co:2
Ni(NO3)2	nickel(II) nitrate	nitrate	Ni:2
Cu(NO3)2	copper(II) nitrate	nitrate	Cu:2
Zn(NO3)2	zinc nitrate	nitrate	
Cd(NO3)2	cadmium nitrate	nitrate	
Hg(NO3)2	mercury(II) nitrate	nitrate	
Pb(NO3)2	lead(II) nitrate	nitrate	
AgNO3	silver nitrate	nitrate	
Bi(NO3)3	bismuth(III) nitrate	nitrate	
Pd(NO3)2	palladium(II) nitrate	nitrate	
Rh(NO3)3	rhodium(III) nitrate	nitrate	
RuNO(NO3)3	ruthenium(III) nitrosyl nitrate	nitrate	
# phosphate
LiFePO4	lithium iron phosphate	phosphate	Fe:2
LiCoPO4	lithium cobalt phosphate	phosphate	Co:2
LiMnPO4	lithium manganese phosphate	phosphate	Mn:2
LiNiPO4	lithium nickel phosphate	phosphate	Ni:2
Li3PO4	lithium phosphate	phosphate	
Na3PO4	trisodium phosphate	phosphate	
K3PO4	tripotassium phosphate	phosphate	
KH2PO4	potassium dihydrogen phosphate (KDP)	phosphate	
NH4H2PO4	ammonium dihydrogen phosphate (ADP)	phosphate	
Ca3(PO4)2	tricalcium phosphate	phosphate	
Ca5(PO4)3(OH)	hydroxyapatite	phosphate	
Ca5(PO4)3F	fluorapatite	phosphate	
Ca5(PO4)3Cl	chlorapatite	phosphate	
Sr5(PO4)3Cl	strontium chlorapatite	phosphate	
Pb5(PO4)3Cl	pyromorphite	phosphate	
CaHPO4	monetite	phosphate	
Mg3(PO4)2	magnesium phosphate	phosphate	
Ba3(PO4)2	barium phosphate	phosphate	
AlPO4	berlinite	phosphate	
GaPO4	gallium orthophosphate	phosphate	
InPO4	indium phosphate	phosphate	
BPO4	boron phosphate	phosphate	
FePO4	iron(III) phosphate	phosphate	Fe:3
Fe3(PO4)2	iron(II) phosphate	phosphate	Fe:2
Zn3(PO4)2	zinc phosphate	phosphate	
Cu3(PO4)2	copper(II) phosphate	phosphate	Cu:2
Co3(PO4)2	cobalt(II) phosphate	phosphate	Co:2
Ni3(PO4)2	nickel(II) phosphate	phosphate	Ni:2
Mn3(PO4)2	manganese(II) phosphate	phosphate	Mn:2
Ag3PO4	silver phosphate	phosphate	
BiPO4	bismuth phosphate	phosphate	
LaPO4	lanthanum orthophosphate	phosphate	
CePO4	monazite-(Ce)	phosphate	
NdPO4	neodymium orthophosphate	phosphate	
GdPO4	gadolinium orthophosphate	phosphate	
YPO4	xenotime	phosphate	
LuPO4	lutetium orthophosphate	phosphate	
ScPO4	scandium orthophosphate	phosphate	
ErPO4	erbium orthophosphate	phosphate	
TbPO4	terbium orthophosphate	phosphate	
KTiOPO4	potassium titanyl phosphate (KTP)	phosphate	
RbTiOPO4	rubidium titanyl phosphate (RTP)	phosphate	
Na3V2(PO4)3	sodium vanadium phosphate (NVP)	phosphate	
Li3V2(PO4)3	lithium vanadium phosphate	phosphate	
LiTi2(PO4)3	lithium titanium phosphate	phosphate	
Li1.3Al0.3Ti1.7(PO4)3	LATP electrolyte	phosphate	
Zr(HPO4)2	alpha-zirconium phosphate	phosphate	
TiP2O7	titanium pyrophosphate	phosphate	
SnP2O7	tin pyrophosphate	phosphate	
VOPO4	vanadyl phosphate	phosphate	
(VO)2P2O7	vanadyl pyrophosphate	phosphate	
Na4P2O7	sodium pyrophosphate	phosphate	
(NH4)2HPO4	diammonium phosphate	phosphate	
# silicate
Mg2SiO4	forsterite	silicate	
Fe2SiO4	fayalite	silicate	Fe:2
Mg1.8Fe0.2SiO4	olivine (Fo90)	silicate	Fe:2
Mn2SiO4	tephroite	silicate	Mn:2
Ni2SiO4	liebenbergite	silicate	Ni:2
Co2SiO4	cobalt orthosilicate	silicate	Co:2
Zn2SiO4	willemite	silicate	
MgSiO3	enstatite	silicate	
CaSiO3	wollastonite	silicate	
CaMgSi2O6	diopside	silicate	
Ca2SiO4	belite	silicate	
Ca3SiO5	alite	silicate	
Al2SiO5	kyanite	silicate	
ZrSiO4	zircon	silicate	
HfSiO4	hafnon	silicate	
ThSiO4	thorite	silicate	
USiO4	coffinite	silicate	
Be3Al2Si6O18	beryl	silicate	
Be2SiO4	phenakite	silicate	
KAlSi3O8	orthoclase	silicate	
NaAlSi3O8	albite	silicate	
CaAl2Si2O8	anorthite	silicate	
NaAlSiO4	nepheline	silicate	
CsAlSi2O6	pollucite	silicate	
LiAlSi2O6	spodumene	silicate	
Al2Si2O5(OH)4	kaolinite	silicate	
Mg3Si4O10(OH)2	talc	silicate	
Mg3Si2O5(OH)4	serpentine (lizardite)	silicate	
KAl2(AlSi3O10)(OH)2	muscovite	silicate	
Li2SiO3	lithium metasilicate	silicate	
Li4SiO4	lithium orthosilicate	silicate	
Li2FeSiO4	lithium iron silicate	silicate	Fe:2
Na2SiO3	sodium metasilicate	silicate	
K2SiO3	potassium metasilicate	silicate	
Ca3Al2Si3O12	grossular	silicate	
Mg3Al2Si3O12	pyrope	silicate	
Fe3Al2Si3O12	almandine	silicate	Fe:2
Mn3Al2Si3O12	spessartine	silicate	Mn:2
Ca2Al2SiO7	gehlenite	silicate	
Ca2MgSi2O7	åkermanite	silicate	
CaTiSiO5	titanite	silicate	
BaTiSi3O9	benitoite	silicate	
Ba2SiO4	barium orthosilicate	silicate	
Sr2SiO4	strontium orthosilicate	silicate	
NaFeSi2O6	aegirine	silicate	Fe:3
Y2SiO5	yttrium orthosilicate (YSO)	silicate	
Lu2SiO5	lutetium oxyorthosilicate (LSO)	silicate	
Lu1.8Y0.2SiO5	LYSO	silicate	
Gd2SiO5	gadolinium oxyorthosilicate (GSO)	silicate	
Y2Si2O7	yttrium disilicate	silicate	
Sc2Si2O7	thortveitite	silicate	
Bi4Si3O12	bismuth silicate (BSO)	silicate	
CuSiO3(H2O)	dioptase	silicate	Cu:2
Zn4Si2O7(OH)2(H2O)	hemimorphite	silicate	
Na12Al12Si12O48(H2O)27	zeolite A (sodium form)	silicate	
Na3Zr2Si2PO12	NASICON	silicate	
Ce2Si2O7	cerium disilicate	silicate	
# polymer
C2F4	polytetrafluoroethylene (PTFE)	polymer	
C2H3Cl	poly(vinyl chloride) (PVC)	polymer	
C10H8O4	poly(ethylene terephthalate) (PET)	polymer	
C5H8O2	poly(methyl methacrylate) (PMMA)	polymer	
C6H11NO	nylon-6	polymer	
C12H22N2O2	nylon-6,6	polymer	
C22H10N2O5	Kapton polyimide	polymer	
C2H6OSi	poly(dimethylsiloxane) (PDMS)	polymer	
C2H2F2	poly(vinylidene fluoride) (PVDF)	polymer	
C2H3F	poly(vinyl fluoride) (PVF)	polymer	
C2ClF3	polychlorotrifluoroethylene (PCTFE)	polymer	
C4H4F4	ethylene tetrafluoroethylene (ETFE)	polymer	
C2H2Cl2	poly(vinylidene chloride) (PVDC)	polymer	
C2H4	polyethylene	polymer	
C3H6	polypropylene	polymer	
C8H8	polystyrene	polymer	
C2H4O	poly(ethylene oxide) (PEO)	polymer	
CH2O	polyoxymethylene (POM)	polymer	
C4H6O2	poly(vinyl acetate) (PVAc)	polymer	
C3H3N	polyacrylonitrile (PAN)	polymer	
C16H14O3	bisphenol-A polycarbonate	polymer	
C19H12O3	poly(ether ether ketone) (PEEK)	polymer	
C27H22O4S	polysulfone (PSU)	polymer	
C12H8O3S	poly(ether sulfone) (PES)	polymer	
C6H4S	poly(phenylene sulfide) (PPS)	polymer	
C3H4O2	poly(lactic acid) (PLA)	polymer	
C2H2O2	poly(glycolic acid) (PGA)	polymer	
C6H10O2	polycaprolactone (PCL)	polymer	
C12H12O4	poly(butylene terephthalate) (PBT)	polymer	
C14H10O4	poly(ethylene naphthalate) (PEN)	polymer	
C6H9NO	polyvinylpyrrolidone (PVP)	polymer	
C3H5NO	polyacrylamide	polymer	
C7H7N	poly(4-vinylpyridine)	polymer	
C24H18N4	polyaniline (emeraldine base)	polymer	
C4H3N	polypyrrole	polymer	
C4H2S	polythiophene	polymer	
C6H4O2S	PEDOT	polymer	
C8H8O3S	poly(styrenesulfonic acid) (PSS)	polymer	
C8H7NaO3S	sodium polystyrene sulfonate	polymer	
C10H14S	poly(3-hexylthiophene) (P3HT)	polymer	
C2H2	polyacetylene	polymer	
C8H7Cl	parylene C	polymer	
C8H8O	poly(phenylene oxide) (PPO)	polymer	
C37H24N2O6	polyetherimide (PEI)	polymer	
C20H12N4	polybenzimidazole (PBI)	polymer	
C14H10N2O2	poly(p-phenylene terephthalamide) (Kevlar)	polymer	
C14H6N2O2	poly(p-phenylene benzobisoxazole) (PBO)	polymer	
C5H8	polyisoprene	polymer	
C4H6	polybutadiene	polymer	
C4H5Cl	polychloroprene	polymer	
C6H10O5	cellulose	polymer	
C6H11NO4	chitosan	polymer	
C8H13NO5	chitin	polymer	
C21H24O4	epoxy (DGEBA) resin	polymer	
NPCl2	poly(dichlorophosphazene)	polymer	
C4H8	polyisobutylene	polymer	
# other
Rb3C60	rubidium fulleride	other	
K3C60	potassium fulleride	other	
Fe(C5H7O2)3	iron(III) acetylacetonate	other	Fe:3
Cu(C5H7O2)2	copper(II) acetylacetonate	other	Cu:2
Ni(C5H7O2)2	nickel(II) acetylacetonate	other	Ni:2
Co(C5H7O2)3	cobalt(III) acetylacetonate	other	Co:3
Mn(C5H7O2)3	manganese(III) acetylacetonate	other	Mn:3
Pt(C5H7O2)2	platinum(II) acetylacetonate	other	
Pd(C5H7O2)2	palladium(II) acetylacetonate	other	
Rh(C5H7O2)3	rhodium(III) acetylacetonate	other	
Ir(C5H7O2)3	iridium(III) acetylacetonate	other	
Ru(C5H7O2)3	ruthenium(III) acetylacetonate	other	
Zr(C5H7O2)4	zirconium(IV) acetylacetonate	other	
Hf(C5H7O2)4	hafnium(IV) acetylacetonate	other	
Fe(C5H5)2	ferrocene	other	Fe:2
Co(C5H5)2	cobaltocene	other	Co:2
Ni(C5H5)2	nickelocene	other	Ni:2
Fe(CO)5	iron pentacarbonyl	other	Fe:0
Ni(CO)4	nickel tetracarbonyl	other	Ni:0
Cr(CO)6	chromium hexacarbonyl	other	
Mo(CO)6	molybdenum hexacarbonyl	other	
W(CO)6	tungsten hexacarbonyl	other	
Co2(CO)8	dicobalt octacarbonyl	other	Co:0
Mn2(CO)10	dimanganese decacarbonyl	other	Mn:0
Re2(CO)10	dirhenium decacarbonyl	other	
Ru3(CO)12	triruthenium dodecacarbonyl	other	
Os3(CO)12	triosmium dodecacarbonyl	other	
Rh6(CO)16	hexarhodium hexadecacarbonyl	other	
Ir4(CO)12	tetrairidium dodecacarbonyl	other	
Fe4(Fe(CN)6)3	Prussian blue	other	Fe:2.57
K3Fe(CN)6	potassium ferricyanide	other	Fe:3
K4Fe(CN)6	potassium ferrocyanide	other	Fe:2
KAu(CN)2	potassium dicyanoaurate	other	
NaCN	sodium cyanide	other	
KCN	potassium cyanide	other	
KSCN	potassium thiocyanate	other	
CuSCN	copper(I) thiocyanate	other	Cu:1
Hg(SCN)2	mercury(II) thiocyanate	other	
CaCN2	calcium cyanamide	other	
Pt(NH3)2Cl2	cisplatin	other	
RhCl(P(C6H5)3)3	Wilkinson's catalyst	other	
IrCl(CO)(P(C6H5)3)2	Vaska's complex	other	
Ru(C10H8N2)3Cl2	tris(bipyridine)ruthenium(II) chloride	other	
Ir(C11H8N)3	tris(2-phenylpyridine)iridium	other	
Al(C9H6NO)3	tris(8-hydroxyquinolinato)aluminium (Alq3)	other	
C32H16CuN8	copper phthalocyanine	other	Cu:2
C32H16ZnN8	zinc phthalocyanine	other	
C32H16FeN8	iron(II) phthalocyanine	other	Fe:2
C32H16CoN8	cobalt(II) phthalocyanine	other	Co:2
C32H16NiN8	nickel(II) phthalocyanine	other	Ni:2
C32H16N8OTi	titanyl phthalocyanine	other	
C32H16N8OV	vanadyl phthalocyanine	other	
C32H16N8Pb	lead phthalocyanine	other	
C32H18N8	metal-free phthalocyanine	other	
Cu3(C9H3O6)2	HKUST-1	other	Cu:2
Zn4O(C8H4O4)3	MOF-5	other	
Zr6O4(OH)4(C8H4O4)6	UiO-66	other	
Zn(C4H5N2)2	ZIF-8	other	
Al(OH)(C8H4O4)	MIL-53(Al)	other	
Zn(C2H3O2)2	zinc acetate	other	
Cu(C2H3O2)2	copper(II) acetate	other	Cu:2
Ni(C2H3O2)2	nickel(II) acetate	other	Ni:2
Co(C2H3O2)2	cobalt(II) acetate	other	Co:2
Mn(C2H3O2)2	manganese(II) acetate	other	Mn:2
Pb(C2H3O2)2	lead(II) acetate	other	
Pd(C2H3O2)2	palladium(II) acetate	other	
UO2(C2H3O2)2	uranyl acetate	other	
Ag(C2H3O2)	silver acetate	other	
CaC2O4	calcium oxalate	other	
FeC2O4	iron(II) oxalate	other	Fe:2
Na2C2O4	sodium oxalate	other	
Ce2(C2O4)3	cerium(III) oxalate	other	
Th(C2O4)2	thorium oxalate	other	
NaBH4	sodium borohydride	other	
LiBH4	lithium borohydride	other	
LiAlH4	lithium aluminium hydride	other	
NaAlH4	sodium alanate	other	
MgH2	magnesium hydride	other	
CaH2	calcium hydride	other	
TiH2	titanium hydride	other	
ZrH2	zirconium hydride	other	
UH3	uranium hydride	other	
NH3BH3	ammonia borane	other	
H3BO3	boric acid	other	
LiClO4	lithium perchlorate	other	
NaClO4	sodium perchlorate	other	
KClO4	potassium perchlorate	other	
KClO3	potassium chlorate	other	
KBrO3	potassium bromate	other	
NaBrO3	sodium bromate	other	
KIO3	potassium iodate	other	
NaIO4	sodium periodate	other	
Na2S2O3	sodium thiosulfate	other	
NH4ReO4	ammonium perrhenate	other	
KReO4	potassium perrhenate	other	
NH4VO3	ammonium metavanadate	other	
(NH4)6Mo7O24	ammonium heptamolybdate	other	
Li(CF3SO2)2N	LiTFSI	other	
C8H15N2BF4	1-butyl-3-methylimidazolium tetrafluoroborate	other	
C8H15N2PF6	1-butyl-3-methylimidazolium hexafluorophosphate	other	
CH4N2O	urea	other	
C3H6N6	melamine	other	
C6H12O6	glucose	other	
C2H5NO2	glycine	other	
HCOONa	sodium formate	other	
Si2N2O	sinoite	other	
SeS2	selenium disulfide	other	
"""#
