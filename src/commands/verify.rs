//! Check a signature against a payload and explain a mismatch (being built).

use crate::context::Ctx;

/// Check a signature against a payload and explain a mismatch
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    Err(crate::error::Error::failure("not built yet").into())
}
