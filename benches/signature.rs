//! Function-level timings of the signature code: sign 1 KiB and 1 MiB, verify a 1 KiB delivery.
//!
//! Run with `cargo bench --bench signature`. Whole-process comparisons with openssl live in `bench/`.

use std::hint::black_box;

use cheese::secret::Secret;
use cheese::signature::{self, NamedSecret};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const SECRET: &str = "whsec_bench_secret_0123456789";

fn body(len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| b"{\"cheese\":\"comte\"}"[i % 18])
        .collect()
}

fn sign(c: &mut Criterion) {
    let mut group = c.benchmark_group("sign");
    for (name, len) in [("1KiB", 1024), ("1MiB", 1024 * 1024)] {
        let data = body(len);
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_function(name, |b| {
            b.iter(|| signature::sign(black_box(SECRET.as_bytes()), black_box(&data)))
        });
    }
    group.finish();
}

fn verify(c: &mut Criterion) {
    let data = body(1024);
    let header = signature::sign_hex(SECRET.as_bytes(), &data);
    let secrets = [NamedSecret::new("--secret", Secret::new(SECRET))];
    let mut group = c.benchmark_group("verify");
    group.throughput(Throughput::Bytes(data.len() as u64));
    group.bench_function("1KiB_valid", |b| {
        b.iter(|| {
            signature::verify(
                black_box(&[header.as_bytes()]),
                black_box(&data),
                black_box(&secrets),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, sign, verify);
criterion_main!(benches);
