// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Signs a table of requests with the AWS SDK's SigV4 signer
// (@smithy/signature-v4) and prints every intermediate step, so tst_sigv4
// can compare the console's signer with it step by step.
//
// stdin: [{ name, method, host, path, query: [[name, value]], headers: [[name, value]],
//           payloadHash, accessKey, secretKey, region, service, time, expires? }]
//   path and query are decoded; the path is encoded here the way the SDK's S3
//   client encodes a key (each segment with escapeUri, '/' kept). With
//   `expires` (seconds) the request is presigned instead of header-signed.
// stdout: [{ name, canonicalRequest, stringToSign, signature, authorization?, presignedQuery? }]
"use strict";

const { Sha256 } = require("@aws-crypto/sha256-js");
const { SignatureV4, getCanonicalHeaders, createScope } = require("@smithy/signature-v4");
const { escapeUriPath } = require("@smithy/core/protocols");

const ALGORITHM = "AWS4-HMAC-SHA256";

function toQueryObject(pairs) {
    const query = {};
    for (const [name, value] of pairs) {
        if (!(name in query)) query[name] = value;
        else if (Array.isArray(query[name])) query[name].push(value);
        else query[name] = [query[name], value];
    }
    return query;
}

function longDate(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

async function signOne(spec) {
    const signer = new SignatureV4({
        credentials: { accessKeyId: spec.accessKey, secretAccessKey: spec.secretKey },
        region: spec.region,
        service: spec.service,
        sha256: Sha256,
        uriEscapePath: false, // as the SDK's S3 client: the path is escaped once, below
        applyChecksum: false,
    });
    const headers = { host: spec.host };
    for (const [name, value] of spec.headers) headers[name] = value;
    const request = {
        method: spec.method,
        protocol: "https:",
        hostname: spec.host,
        path: escapeUriPath(spec.path),
        query: toQueryObject(spec.query),
        headers,
    };
    const signingDate = new Date(spec.time);
    const date = longDate(signingDate);
    const scope = createScope(date.slice(0, 8), spec.region, spec.service);

    if (spec.expires !== undefined) {
        // The S3 presigner's settings: the payload is UNSIGNED-PAYLOAD and
        // x-amz-content-sha256 is neither signed nor moved to the query.
        const skip = new Set(["x-amz-content-sha256"]);
        const presignable = { ...request, headers: { ...headers, "x-amz-content-sha256": "UNSIGNED-PAYLOAD" } };
        const presigned = await signer.presign(presignable, {
            signingDate,
            expiresIn: spec.expires,
            unsignableHeaders: skip,
            unhoistableHeaders: skip,
        });
        const query = { ...presigned.query };
        const signature = query["X-Amz-Signature"];
        delete query["X-Amz-Signature"];
        const canonicalHeaders = getCanonicalHeaders(presigned, skip);
        const canonicalRequest = signer.createCanonicalRequest({ ...presigned, query }, canonicalHeaders, "UNSIGNED-PAYLOAD");
        const stringToSign = await signer.createStringToSign(date, scope, canonicalRequest, ALGORITHM);
        const pairs = [];
        for (const [name, value] of Object.entries(presigned.query)) {
            for (const item of Array.isArray(value) ? value : [value]) pairs.push([name, item]);
        }
        return { name: spec.name, canonicalRequest, stringToSign, signature, presignedQuery: pairs };
    }

    if (spec.payloadHash) request.headers["x-amz-content-sha256"] = spec.payloadHash;
    const signed = await signer.sign(request, { signingDate });
    const canonicalHeaders = getCanonicalHeaders(signed);
    const canonicalRequest = signer.createCanonicalRequest(signed, canonicalHeaders, spec.payloadHash);
    const stringToSign = await signer.createStringToSign(date, scope, canonicalRequest, ALGORITHM);
    const authorization = signed.headers.authorization;
    const signature = authorization.replace(/^.*Signature=/, "");
    return { name: spec.name, canonicalRequest, stringToSign, signature, authorization };
}

async function main() {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const specs = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    const results = [];
    for (const spec of specs) results.push(await signOne(spec));
    process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
    process.stderr.write(`sign.js: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
});
