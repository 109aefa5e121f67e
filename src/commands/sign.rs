//! Print the signature of a payload (being built).

use crate::context::Ctx;

/// Print the signature of a payload
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    Err(crate::error::Error::failure("not built yet").into())
}
