#!/usr/bin/env node
// The bundled CLI (npm run build: tsc, then scripts/bundle.mjs).
import '../dist/bundle/main.js';
