// Package federation is a county-wide drill: township servers that keep their journals
// in a NATS JetStream cluster, so that a standby server can take a township's drill over
// when its server dies, stepping on the county's clock and taking the county command
// post's orders (docs/federation.md). The county's server embeds the broker (Broker);
// each township's journal is copied line by line into its stream before an order is
// acknowledged (Replica); a standby reads it back into a journal file to resume from
// (Restore); who serves a township is a key in a bucket that its owner keeps alive and
// a standby takes when it lapses (Ownership). The county (County) keeps the clock,
// gives orders stamped ahead of it (Order) and lends units between townships (Lend);
// each township's server takes part through a Member, which follows the county and
// reports its Status.
package federation
