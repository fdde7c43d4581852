#pragma once

namespace platforms::sandbox {

class State;

// Adds `count` new items addressed to our accounts on every platform: X mentions, comments on the newest
// Facebook post, Weibo mentions and comments on our newest status. Seeded through the state's generator, so a
// given seed always produces the same stream.
void generateIncoming(State &state, int count);

} // namespace platforms::sandbox
