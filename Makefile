# XPSHarness — see README.md for every target.
SHELL := /bin/bash
SWIFT ?= swift
FLAGS := $(shell scripts/swift-flags.sh)
RELEASE := -c release $(FLAGS)
PROFILE ?= default
JOBS ?=
HARNESS := .build/release/harness

.PHONY: deps build release test lint format fuzz fuzz-one bench bench-peer torch-check h5py-check experiment experiments clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE) --product harness

# Tests run optimised (kernels are too slow unoptimised for the training tests).
test: deps
	$(SWIFT) build $(RELEASE) -Xswiftc -enable-testing --build-tests
	$(SWIFT) test $(RELEASE) -Xswiftc -enable-testing --skip-build

# Seeded mutants of manifests, spectrum files and HDF5 files (issue #25): 10,500 by default
# (4,000 + 4,000 + 2,500), in batches of 1,000, each its own process; `make test` runs a
# deterministic subset. FUZZ_SEED, FUZZ_BATCH, FUZZ_MANIFEST, FUZZ_SPECTRUM, FUZZ_HDF5 change it.
fuzz: deps
	$(SWIFT) build $(RELEASE) -Xswiftc -enable-testing --build-tests
	scripts/fuzz.sh

# Replays one mutant a failure named: XPS_FUZZ_SEED=25 XPS_FUZZ_ONLY=17 make fuzz-one KIND=hdf5
KIND ?= manifest
fuzz-one:
	$(SWIFT) test $(RELEASE) -Xswiftc -enable-testing --skip-build --filter \
	  $(if $(filter hdf5,$(KIND)),HDF5FuzzTests,$(if $(filter spectrum,$(KIND)),SpectrumFuzzTests,ManifestFuzzTests))

# Style: swift format's check with .swift-format, and no hand-written file over 400 lines or
# function over 80 (scripts/check_sizes.py). `make format` rewrites the sources in place.
lint:
	$(SWIFT) format lint --strict --recursive --parallel --configuration .swift-format Package.swift Sources Tests
	python3 scripts/check_sizes.py Sources

format:
	$(SWIFT) format format --in-place --recursive --parallel --configuration .swift-format Package.swift Sources Tests

bench: release
	$(HARNESS) bench --output Results/bench/engine.json
	$(HARNESS) bench --generators --output Results/bench/generators.json

bench-peer: release
	scripts/bench-peer.sh

torch-check: release
	scripts/torch-check.sh

# make experiment NAME=quickstart [PROFILE=smoke|default|paper]
NAME ?= quickstart
experiment: release
	$(HARNESS) run $(NAME) --profile $(PROFILE) $(if $(JOBS),--jobs $(JOBS),)
	@echo "results: Results/$(NAME)/ (figures/, tables/, provenance.json, runs/*.h5)"

experiments: release
	@for m in Experiments/*.json; do \
	  $(HARNESS) run $$m --profile $(PROFILE) $(if $(JOBS),--jobs $(JOBS),) || exit 1; \
	done

h5py-check: release
	scripts/h5py-check.sh

clean:
	rm -rf .build .build-peer
