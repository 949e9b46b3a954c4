#pragma once

namespace trellis {

// Stops the kernel writing a core file (which would hold decrypted records and key material)
// and stops other processes of the same user from attaching a debugger. Release builds call
// it first thing in main().
void hardenProcess();

} // namespace trellis
