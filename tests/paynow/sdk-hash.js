#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the official Paynow Node SDK (the `paynow` package pinned in
// package.json) on test inputs so that the C++ implementation can be compared
// with it. Reads one JSON request on stdin and writes one JSON reply on
// stdout; it sends nothing over the network.
//
// Request:
//   { "hash":   [ { "name", "key", "fields": [[name, value], ...] } ],
//     "verify": [ { "name", "key", "body": "<form-encoded message>" } ],
//     "build":  [ { "name", "id", "key", "resultUrl", "returnUrl", "reference",
//                   "authEmail", "items": [[title, amount]], "phone", "method" } ] }
// Reply:
//   { "sdkVersion",
//     "hash":   { name: "<SDK hash of the raw values in the given order>" },
//     "verify": { name: { "valid": bool, "fields": [[name, value], ...] } },
//     "build":  { name: { "fields": [[name, value], ...] } } }   (hash last)
"use strict";

const { Paynow } = require("paynow");
const sdkVersion = require("paynow/package.json").version;

function readStdin() {
    return new Promise((resolve, reject) => {
        const chunks = [];
        process.stdin.on("data", (chunk) => chunks.push(chunk));
        process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        process.stdin.on("error", reject);
    });
}

// The SDK hashes a plain object's values in insertion order. Field names
// are never integer-like, so JavaScript keeps that order.
function toObject(pairs) {
    const values = {};
    for (const [name, value] of pairs) {
        values[name] = value;
    }
    return values;
}

function hashCase(testCase) {
    const paynow = new Paynow("0", testCase.key);
    return paynow.generateHash(toObject(testCase.fields), testCase.key);
}

// Parses a message with the SDK's own parser and checks its hash, as the
// SDK does for Paynow's replies.
function verifyCase(testCase) {
    const paynow = new Paynow("0", testCase.key);
    const parsed = paynow.parseQuery(testCase.body);
    return { valid: paynow.verifyHash(parsed), fields: Object.entries(parsed) };
}

// Builds a request exactly as the SDK would post it (it applies encodeURI
// to each value before hashing).
function buildCase(testCase) {
    const paynow = new Paynow(testCase.id, testCase.key, testCase.resultUrl, testCase.returnUrl);
    const payment = paynow.createPayment(testCase.reference, testCase.authEmail);
    for (const [title, amount] of testCase.items) {
        payment.add(title, amount);
    }
    const fields = testCase.method
        ? paynow.buildMobile(payment, testCase.phone, testCase.method)
        : paynow.build(payment);
    return { fields: Object.entries(fields) };
}

function runAll(cases, run) {
    const results = {};
    for (const testCase of cases || []) {
        results[testCase.name] = run(testCase);
    }
    return results;
}

readStdin()
    .then((text) => {
        const request = JSON.parse(text);
        const reply = {
            sdkVersion,
            hash: runAll(request.hash, hashCase),
            verify: runAll(request.verify, verifyCase),
            build: runAll(request.build, buildCase),
        };
        process.stdout.write(JSON.stringify(reply));
    })
    .catch((error) => {
        process.stderr.write(`sdk-hash: ${error.stack || error}\n`);
        process.exit(1);
    });
