// swift-tools-version:6.0
//
// XPSHarness: machine learning on X-ray photoelectron spectra.
// Layout follows DESIGN.md: system modules, kernels, networks, physics, I/O, harness.

import PackageDescription

// MARK: - Public products

let products: [Product] = [
    .executable(name: "harness", targets: ["harness"]),
    .library(name: "Tensors", targets: ["Tensors"]),
    .library(name: "NeuralNets", targets: ["NeuralNets"]),
    .library(name: "Spectra", targets: ["Spectra"]),
    .library(name: "SpectraIO", targets: ["SpectraIO"]),
    .library(name: "Store", targets: ["Store"]),
    .library(name: "Plots", targets: ["Plots"]),
    .library(name: "Explain", targets: ["Explain"]),
    .library(name: "Fitting", targets: ["Fitting"]),
    .library(name: "Harness", targets: ["Harness"])
]

// MARK: - Implementation details

let targets: [Target] = [
    // System libraries: a module map and a shim each, nothing else.
    .systemLibrary(
        name: "CBLAS", pkgConfig: "openblas",
        providers: [.apt(["libopenblas-dev"])]),
    .systemLibrary(
        name: "CHDF5", pkgConfig: "hdf5-serial",
        providers: [.apt(["libhdf5-dev"])]),

    // Kernels and tensors: knows nothing of files or physics.
    .target(name: "Tensors", dependencies: ["CBLAS"]),
    // Layers, losses, optimizers, model builders.
    .target(name: "NeuralNets", dependencies: ["Tensors"]),
    // Physics: axes, line shapes, backgrounds, noise, libraries, generators.
    .target(name: "Spectra", dependencies: ["Tensors"], exclude: ["README.md"]),
    // Measured-spectrum formats: VAMAS, text/CSV, SPECS .xy.
    .target(name: "SpectraIO", dependencies: ["Spectra"], exclude: ["README.md"]),
    // Levenberg–Marquardt least squares of peak models: the classical baseline.
    .target(name: "Fitting", dependencies: ["Spectra"], exclude: ["README.txt"]),
    // Where a model looks: Gaussian-probing feature importance (FIS).
    .target(name: "Explain", dependencies: ["Tensors"]),
    // HDF5 files: groups, datasets, attributes, named tensors.
    .target(name: "Store", dependencies: ["CHDF5", "Tensors"]),
    // Figures: gnuplot scripts and data files; rendering.
    .target(name: "Plots", dependencies: [], exclude: ["README.md"]),
    // Wiring: benchmarks, manifests, runs (the only module that sees every stage).
    .target(name: "Harness", dependencies: ["Tensors", "NeuralNets", "Spectra", "SpectraIO", "Fitting", "Explain", "Store", "Plots"]),
    // The command line: parses, then calls Harness.
    .executableTarget(
        name: "harness",
        dependencies: ["Harness", "Spectra", "SpectraIO", "Store", "Tensors", .product(name: "ArgumentParser", package: "swift-argument-parser")],
        path: "Sources/HarnessCLI")
]

// MARK: - Test bundles

let testTargets: [Target] = [
    .target(name: "TestSupport", dependencies: ["Tensors", "Spectra"], path: "Tests/TestSupport"),
    .testTarget(name: "TensorsTests", dependencies: ["Tensors", "TestSupport"]),
    .testTarget(name: "NeuralNetsTests", dependencies: ["NeuralNets", "TestSupport"]),
    .testTarget(name: "SpectraTests", dependencies: ["Spectra", "TestSupport"]),
    .testTarget(name: "SpectraIOTests", dependencies: ["SpectraIO", "TestSupport"]),
    .testTarget(name: "FittingTests", dependencies: ["Fitting", "SpectraIO", "TestSupport"]),
    .testTarget(name: "ExplainTests", dependencies: ["Explain", "TestSupport"]),
    .testTarget(name: "PlotsTests", dependencies: ["Plots", "TestSupport"]),
    .testTarget(name: "HarnessTests", dependencies: ["Harness", "NeuralNets", "Store", "TestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["harness", "Store", "Spectra", "SpectraIO", "TestSupport"]),
    .testTarget(name: "StoreTests", dependencies: ["Store", "TestSupport"])
]

let package = Package(
    name: "XPSHarness",
    platforms: [.macOS(.v14)],
    products: products,
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: targets + testTargets,
    swiftLanguageModes: [.v6]
)
