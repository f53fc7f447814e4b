# micrograd: `make run` starts the tutor, `make test` runs every test.
# Both first make sure libedit's headers are installed (see `deps`).

SWIFT    ?= swift
PREFIX   ?= /usr/local
BINARY   := .build/release/micrograd
# Release builds link the Swift runtime statically: the dynamic loader then
# has a few libraries to map instead of a dozen, which halves start-up
# (micrograd -e 1+1: about 16 ms dynamic, 8 ms static, measured with hyperfine).
RELEASE  := -c release -Xswiftc -static-stdlib

.PHONY: run test build debug install uninstall deps chromium man completions clean bench bench-before bench-compare fuzz fuzz-build fuzz-replay

run: deps build
	@$(BINARY)

test: deps chromium
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build: deps
	$(SWIFT) build $(RELEASE) --product micrograd

debug: deps
	$(SWIFT) build

# libedit's headers: present, or installed with apt-get as root, or through
# sudo, or else the exact command to type is printed and make stops.
deps:
	@if [ -f /usr/include/histedit.h ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Installing libedit-dev (libedit's headers)..."; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q libedit-dev >/dev/null 2>&1 || \
	  { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q libedit-dev; }; \
	elif command -v sudo >/dev/null 2>&1; then \
	  echo "Installing libedit-dev (libedit's headers) with sudo..."; \
	  sudo apt-get install -y -q libedit-dev || { sudo apt-get update -q && sudo apt-get install -y -q libedit-dev; }; \
	else \
	  echo "micrograd needs libedit's headers. Install them as root with:"; \
	  echo "    apt-get install -y libedit-dev"; \
	  exit 1; \
	fi

# Headless Chromium (Debian's chromium), for the test that renders a
# handout (`micrograd run --html`) and checks the picture: present, or
# installed with apt-get as root, or through sudo, or else the command to
# type is printed and the test is skipped (outside CI; under CI=true it fails).
chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Installing chromium (for the handout test)..."; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }; \
	elif command -v sudo >/dev/null 2>&1; then \
	  echo "Installing chromium (for the handout test) with sudo..."; \
	  sudo apt-get install -y -q chromium || { sudo apt-get update -q && sudo apt-get install -y -q chromium; }; \
	else \
	  echo "The handout test needs chromium; install it as root with:"; \
	  echo "    apt-get install -y chromium"; \
	  if [ "$$CI" = true ]; then exit 1; fi; \
	fi

# The binary, its man page and shell completions under $(PREFIX).
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1"
	install -m 755 $(BINARY) "$(DESTDIR)$(PREFIX)/bin/micrograd"
	install -m 644 docs/micrograd.1 "$(DESTDIR)$(PREFIX)/share/man/man1/micrograd.1"
	install -d "$(DESTDIR)$(PREFIX)/share/micrograd/lessons/en" "$(DESTDIR)$(PREFIX)/share/micrograd/lessons/zh"
	install -m 644 lessons/en/*.md "$(DESTDIR)$(PREFIX)/share/micrograd/lessons/en"
	install -m 644 lessons/zh/*.md "$(DESTDIR)$(PREFIX)/share/micrograd/lessons/zh"
	install -d "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	$(BINARY) --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/micrograd"
	$(BINARY) --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_micrograd"
	$(BINARY) --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/micrograd.fish"

uninstall:
	rm -rf "$(DESTDIR)$(PREFIX)/share/micrograd/lessons"
	rm -f "$(DESTDIR)$(PREFIX)/bin/micrograd" "$(DESTDIR)$(PREFIX)/share/man/man1/micrograd.1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/micrograd" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_micrograd" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/micrograd.fish"

# Regenerates docs/micrograd.1 with swift-argument-parser's generate-manual
# plugin (slow: it builds the plugin's tool). The page is committed, so
# `make install` does not need this.
man: deps
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --configuration debug
	# The generated page ends with a standard EXIT STATUS; ours, with the
	# language, the REPL commands, ENVIRONMENT, FILES and EXAMPLES, replace it.
	sed '/^\.Sh "EXIT STATUS"/,$$d' .build/plugins/GenerateManual/outputs/micrograd/micrograd.1 > docs/micrograd.1
	cat docs/micrograd-sections.mdoc >> docs/micrograd.1
	@echo "docs/micrograd.1 regenerated"

# The engine on the three workloads of ../shared/bench (W1 demo MLP, W2
# deep chain, W3 wide sum), release build, one RESULT line each.
BENCH := .build/release/micrograd-bench
bench: deps
	$(SWIFT) build $(RELEASE) --product micrograd-bench
	$(SWIFT) build $(RELEASE) --product micrograd
	cd Benchmarks && ../$(BENCH) W1 data/w1_moons.txt
	cd Benchmarks && ../$(BENCH) W2 900 1000
	cd Benchmarks && ../$(BENCH) W2 10000 1000
	cd Benchmarks && ../$(BENCH) W2 1000000 10
	cd Benchmarks && ../$(BENCH) W3 100000
	Benchmarks/w1-script.sh .
	Benchmarks/startup.sh .build/release/micrograd
	Benchmarks/rebind.sh .build/release/micrograd
	@if [ -x /usr/bin/time ]; then \
	  /usr/bin/time -f 'Benchmarks/large-array.mg (a million named elements, bound twice): %e s, peak %M KB' \
	    $(BINARY) run Benchmarks/large-array.mg > /dev/null; \
	else bash -c 'time $(BINARY) run Benchmarks/large-array.mg > /dev/null'; fi

# The engine at an earlier revision and now, with the C tape, in one run:
#   make bench-before REVISION=8b59f49 [ROUNDS=11]
ROUNDS ?= 5
bench-before: deps
	Benchmarks/before-after.sh "$(REVISION)" "$(ROUNDS)"

# Side by side with the peers, in one run of the shared driver:
#   make bench-compare PYTHON=/path/to/venv/bin/python   (a venv with micrograd==0.1.0)
PYTHON ?= python3
SHARED_BENCH ?= ../shared/bench
bench-compare: bench
	Benchmarks/compare.sh "$(SHARED_BENCH)" "$(PYTHON)" "$(CURDIR)"

# libFuzzer on the whole path from typed bytes to rendered output, then on
# the file parsers (lesson, progress): FUZZ_SECONDS each (default 60;
# FUZZ_SECONDS=600 make fuzz for ten minutes). The seed corpus is copied
# from the transcripts, examples and lessons into fuzz-corpus/ (git-ignored);
# what the fuzzer finds is kept there, and a crash is written as
# fuzz-corpus/crash-* (replay it with .build-fuzzer/release/micrograd-fuzz FILE).
# Built in release mode (-O) with the sanitizers. Three modes: the raw
# bytes as a session's lines, the bytes as choices of a program generated
# from the grammar and the commands (MICROGRAD_FUZZ=programs, the
# structure-aware mode: every input is a well-formed script, so the
# fuzzer's time goes to the evaluator and the commands, not the lexer's
# errors), and the file parsers.
# Speed (docs/decisions.md, "Fuzzing speed"): one fuzzing process per core
# (-fork, FUZZ_JOBS); AddressSanitizer without allocation stack traces
# (malloc_context_size=0: a finding replays with them, see fuzz-replay)
# and with a small quarantine, so that memory is reused instead of paged
# in afresh; FUZZ_ASAN_OPTIONS overrides all of it.
FUZZ_SECONDS ?= 60
FUZZ_JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_BINARY  := .build-fuzzer/release/micrograd-fuzz
FUZZ_FLAGS   := -fork=$(FUZZ_JOBS) -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=4096 -max_len=8192 -print_final_stats=1
FUZZ_ASAN_OPTIONS ?= detect_leaks=0:malloc_context_size=0:quarantine_size_mb=8
fuzz-build: deps
	$(SWIFT) build --scratch-path .build-fuzzer -c release --product micrograd-fuzz \
	  -Xswiftc -O -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING

fuzz: fuzz-build
	mkdir -p fuzz-corpus/session fuzz-corpus/programs fuzz-corpus/files
	cp Tests/TutorTests/Transcripts/*.mg examples/*.mg fuzz-corpus/session/
	for file in lessons/*/*.md; do cp "$$file" "fuzz-corpus/files/$$(basename $$(dirname $$file))-$$(basename $$file)"; done
	cd fuzz-corpus && ASAN_OPTIONS=$(FUZZ_ASAN_OPTIONS) MICROGRAD_FUZZ=session \
	  ../$(FUZZ_BINARY) $(FUZZ_FLAGS) -dict=../Fuzz/session.dict session
	cd fuzz-corpus && ASAN_OPTIONS=$(FUZZ_ASAN_OPTIONS) MICROGRAD_FUZZ=programs \
	  ../$(FUZZ_BINARY) $(FUZZ_FLAGS) programs
	cd fuzz-corpus && ASAN_OPTIONS=$(FUZZ_ASAN_OPTIONS) MICROGRAD_FUZZ=files \
	  ../$(FUZZ_BINARY) $(FUZZ_FLAGS) files

# A finding, replayed with full allocation stack traces:
# make fuzz-replay FILE=fuzz-corpus/crash-... [MODE=programs]
MODE ?= session
fuzz-replay: fuzz-build
	ASAN_OPTIONS=detect_leaks=0 MICROGRAD_FUZZ=$(MODE) MICROGRAD_FUZZ_SHOW=1 $(FUZZ_BINARY) $(FILE)

clean:
	rm -rf .build
