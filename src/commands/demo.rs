//! Run listen, a sample app and a sequence of deliveries, all on this machine (being built).

use crate::context::Ctx;

/// Run listen, a sample app and a sequence of deliveries, all on this machine
#[derive(Debug, clap::Args)]
pub struct Args {}

pub async fn run(_ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    Err(crate::error::Error::failure("not built yet").into())
}
