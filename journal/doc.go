// Package journal keeps a drill's journal: a durable, append-only, tamper-evident
// record of every command given to the world and every evaluator observation, from
// which a drill that stopped (a crash, a power cut) resumes as if it never had, and a
// finished drill regenerates its event log.
//
// # Format
//
// A journal is a text file of one JSON object per line. The first line is the Header:
// the format, the program that wrote it, and the drill (scenario id and hash, map hash,
// seed, start and tick length, as in an event log header). Every further line is an
// Entry: its number, the world's tick and state hash when it was journaled, and a
// command (as the world queued it: tick and sequence number), an observation, or the
// end of the drill. Every line ends with "hash", the SHA-256 of the previous line's
// hash (32 bytes; nothing for the header) followed by the line's bytes up to its hash
// field, closed with "}". So editing, removing, adding or reordering any line breaks
// the chain from that line on, and a line cut short by a crash has no end of line.
//
// The chain shows changes to what it covers, not the loss of whole lines from the
// end: a finished drill's journal ends with its end entry, and the head hash (the last
// line's, which `drillsim verify` prints) pins a journal when noted down. Anyone can
// recompute a chain; replaying against the scenario (verify --scenario) also checks
// every entry's recorded state hash.
//
// # Durability
//
// Recorder.Apply and Recorder.Observe append the entry and sync the file before they
// return, and a command is applied to the world only after its entry is on disk. A
// new journal is written beside its name and renamed into place with its header, so a
// journal on disk always has its whole header. A torn last line (an append the crash
// cut short, never acknowledged) is reported by Open as the Journal's Torn and cut off
// when Resume reopens the journal for appending.
//
// # Use from drillsim run
//
// `drillsim run <scenario> --orders o --journal j` journals the drill as it goes:
//
//	world, err := sim.New(d.town, d.scn, sim.Options{Seed: *seed})
//	rec, err := journal.Start(*journalPath, world)
//	err = rec.Run(d.commands, sink, progress) // instead of sim.Run
//	err = rec.Close()
//
// `drillsim run <scenario> --orders o --resume j` continues a stopped drill, or
// regenerates the event log of a finished one (Resume hands the replayed events to the
// same sink, so the event log is whole either way; the seed comes from the journal):
//
//	world, rec, err := journal.Resume(*resumePath, d.town, d.scn, sink)
//	if torn := rec.Torn(); torn != nil {
//		fmt.Fprintln(stderr, "drillsim run: warning:", torn)
//	}
//	rest, err := rec.Remaining(d.commands) // the orders not journaled yet
//	err = rec.Run(rest, sink, progress)    // does nothing on a finished journal
//	err = rec.Close()
//
// The interactive session does the same with Recorder.Apply for each order,
// Recorder.Observe for each evaluator note and Recorder.Step for each tick.
package journal
