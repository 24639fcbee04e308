# Coachfolio: `make run` builds and serves everything; `make test` runs every suite.
SHELL := /bin/bash
.DEFAULT_GOAL := run
CARGO ?= cargo
NPM ?= npm
FRONTEND := frontend

.PHONY: run build frontend frontend-deps test test-rust contract test-frontend e2e lint fmt openapi bench clean

run: frontend ## Build the SPA and the server, then serve both at one URL (SQLite in ./data)
	$(CARGO) build --release
	COACHFOLIO_STATIC_DIR=$(FRONTEND)/dist ./target/release/coachfolio

build: frontend
	$(CARGO) build --release

frontend-deps:
	@if [ ! -d $(FRONTEND)/node_modules ] || [ $(FRONTEND)/package-lock.json -nt $(FRONTEND)/node_modules/.package-lock.json ]; then \
		cd $(FRONTEND) && $(NPM) ci --no-audit --no-fund; fi

frontend: frontend-deps
	cd $(FRONTEND) && $(NPM) run build

test: lint test-rust contract test-frontend e2e ## Every suite (CI=true makes skipped PostgreSQL suites a failure)

test-rust: ## Domain, persistence and API suites on SQLite and a throwaway PostgreSQL cluster, beside a real SMTP server; OpenAPI staleness; the benchmark runs (small)
	scripts/with-postgres.sh scripts/with-smtp.sh $(CARGO) test --workspace --lib --bins --tests
	@# The benchmark must keep working, but its figures come only from `make bench` (release,
	@# full size): here it runs small and unoptimised, and its figures mean nothing.
	BENCH_CANDIDATES=20 BENCH_LOGS_PER_CANDIDATE=10 BENCH_SECONDS=2 $(CARGO) bench --bench api --profile dev

contract: ## Schemathesis, every check, against the real server on SQLite (tests/contract)
	$(CARGO) build
	scripts/contract-test.sh

test-frontend: frontend-deps ## Contract types staleness, type check, lint, unit tests
	cd $(FRONTEND) && $(NPM) run check:api && $(NPM) run typecheck && $(NPM) run lint && $(NPM) test

e2e: frontend ## Playwright in Debian's Chromium against the real server, beside a real SMTP server
	$(CARGO) build --workspace --all-targets
	CI=$${CI:-} scripts/with-smtp.sh bash -c 'cd $(FRONTEND) && $(NPM) run e2e'

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all

openapi: ## Regenerate openapi.yaml and the SPA's types from the code
	$(CARGO) run --quiet -- openapi > openapi.yaml
	cd $(FRONTEND) && $(NPM) run gen:api

bench: ## Release-build benchmark: 2,000 candidates, 200,000 logs (docs/benchmarks.md)
	$(CARGO) bench --bench api

clean:
	$(CARGO) clean
	rm -rf $(FRONTEND)/dist
