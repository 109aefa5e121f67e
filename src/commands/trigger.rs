//! Send signed sample events like the store does (being built).

use crate::context::Ctx;

/// Send signed sample events like the store does
#[derive(Debug, clap::Args)]
pub struct Args {}

pub async fn run(_ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    Err(crate::error::Error::failure("not built yet").into())
}
