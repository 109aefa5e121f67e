//! Receive deliveries, verify them and forward them to your app (being built).

use crate::context::Ctx;

/// Receive deliveries, verify them and forward them to your app
#[derive(Debug, clap::Args)]
pub struct Args {}

pub async fn run(_ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    Err(crate::error::Error::failure("not built yet").into())
}
