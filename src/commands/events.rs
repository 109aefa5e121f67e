//! List the event types, or print a sample envelope (being built).

use crate::context::Ctx;

/// List the event types, or print a sample envelope
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    Err(crate::error::Error::failure("not built yet").into())
}
