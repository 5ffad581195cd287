/**
 * Shipping trained models: AutoNet's own {@code .autonet} files ({@link dev.autonet.runtime.io.ModelFiles})
 * and safetensors interchange with PyTorch ({@link dev.autonet.runtime.io.SafeTensors}). Every generated
 * model has one-line methods over these: {@code save(Path)}, {@code static load(Path)},
 * {@code exportSafetensors(Path)} and {@code static importSafetensors(Path)}. A file that cannot be loaded
 * is a {@link dev.autonet.runtime.io.ModelFileException} (an IOException) whose message starts with the
 * file. docs/file-formats.md has the same description for readers outside Java.
 *
 * <h2>The {@code .autonet} format, version 1</h2>
 *
 * All integers are unsigned 32-bit little-endian.
 * <pre>
 * offset      size   field
 * 0           8      magic "AUTONET1" (ASCII)
 * 8           4      format version = 1
 * 12          4      bytes per parameter: 4 = FLOAT (IEEE 754 binary32), 8 = DOUBLE (binary64)
 * 16          4      F = length of the fingerprint in bytes
 * 20          4      P = number of parameters
 * 24          F      the fingerprint, UTF-8: Architecture.fingerprint(), e.g.
 *                    "inputs=2;precision=FLOAT;dense1=2x32:RELU;...;dense4=8x1:SIGMOID;loss=BCE"
 * 24+F        P*w    the parameters, little-endian, in the flat layout (per layer W [fanIn][units]
 *                    row-major, b, then PReLU's slope), exactly the bits of parameters()
 * 24+F+P*w    4      CRC-32C (java.util.zip.CRC32C, Castagnoli) of every byte before it
 * </pre>
 * Loading checks, in order, and reports the first failure:
 * <ol>
 *   <li>magic: "x.autonet is not an AutoNet model file (bad magic)";
 *   <li>version: "x.autonet has format version 2, but this AutoNet reads version 1 only";
 *   <li>precision code: "x.autonet is corrupted: unknown precision code 5 (4 = FLOAT, 8 = DOUBLE)";
 *   <li>length: "x.autonet is truncated: expected 3076 bytes of parameters, found 1000" (likewise for the
 *       header, the fingerprint and the checksum), or "… is corrupted: 3 unexpected bytes after the checksum";
 *   <li>checksum: "x.autonet is corrupted: checksum mismatch (stored 0x…, computed 0x…)";
 *   <li>network: "x.autonet holds a network 'inputs=2;…' but MoonsModel is 'inputs=3;…'; they differ first
 *       at 'inputs=2' vs 'inputs=3'", then parameter count and precision (which a matching fingerprint
 *       implies, but which are checked against the body as well);
 *   <li>values: "x.autonet: parameter 17 (dense1's W[0][17]) is NaN".
 * </ol>
 * A file holds one network exactly: there is no conversion between precisions (use safetensors for that).
 *
 * <h2>Saving is atomic</h2>
 *
 * Both formats are written to a new temporary file ".NAME.RANDOM.tmp" in the target's directory, forced
 * to disk, and renamed over the target with ATOMIC_MOVE; the directory is then forced too where the
 * platform allows. A failed write deletes its temporary file and leaves the previous file untouched; a
 * crash can leave the temporary file behind (safe to delete), never a damaged target. Saving refuses
 * (IllegalArgumentException) parameters that are not finite, since such a file could not be loaded.
 *
 * <h2>safetensors and {@code torch.nn.Sequential}</h2>
 *
 * The file is the <a href="https://github.com/huggingface/safetensors">safetensors</a> format: an unsigned
 * 64-bit little-endian header length N, N bytes of UTF-8 JSON (padded with spaces), then the tensors' bytes,
 * little-endian and row-major. Its tensors are the {@code state_dict} of the equivalent Sequential, in which
 * each AutoNet layer is a {@code torch.nn.Linear(fanIn, units)} followed by its activation's module:
 * <pre>
 * SIGMOID  torch.nn.Sigmoid()        SWISH     torch.nn.SiLU()
 * TANH     torch.nn.Tanh()           GELU      torch.nn.GELU()          (exact, erf-based)
 * RELU     torch.nn.ReLU()           SOFTPLUS  torch.nn.Softplus()      (see below)
 * LEAKY_RELU torch.nn.LeakyReLU(a)   SOFTMAX   torch.nn.Softmax(dim=-1) (output layer only)
 * PRELU    torch.nn.PReLU()          STEP      a user-defined module, (x >= 0).to(x.dtype)
 * ELU      torch.nn.ELU(a)           LINEAR    no module
 * </pre>
 * Modules are numbered from 0 in that order, and a layer whose Linear is module {@code i} has
 * <pre>
 * "{i}.weight"  [units, fanIn]  F32 or F64   W transposed: tensor[u][j] = AutoNet's W[j][u]
 * "{i}.bias"    [units]
 * "{i+1}.weight" [1]                         PRELU only: the slope, as torch.nn.PReLU() (one parameter)
 * </pre>
 * For example 2 -> 8 RELU -> 3 LINEAR -> 1 SIGMOID is Sequential(Linear(2, 8), ReLU(), Linear(8, 3),
 * Linear(3, 1), Sigmoid()) with tensors 0.weight [8, 2], 0.bias [8], 2.weight [3, 8], 2.bias [3], 3.weight
 * [1, 3], 3.bias [1]. The output's Sigmoid or Softmax module is last and holds no tensors, so a PyTorch
 * network that ends in its Linear (trained with BCEWithLogitsLoss or CrossEntropyLoss) imports the same;
 * AutoNet's {@code predict} then gives the probabilities. PyTorch's Softplus switches to the identity for
 * inputs above 20, where AutoNet's stays exact; the two differ there by less than 2.1e-9.
 *
 * <p>Export writes dtype F32 for FLOAT and F64 for DOUBLE, the tensors in the order above with the data
 * 8-byte aligned, and {@code __metadata__} {"format": "pt", "autonet.fingerprint": …, "autonet.sequential":
 * the Sequential as Python source}. Import reads the header strictly (JSON without duplicate keys; each
 * entry exactly dtype, shape and data_offsets; offsets that match dtype and shape and tile the data without
 * gaps or overlaps; a file as long as its header says), then requires each of the network's tensors, in
 * layer order, to be present, F32 or F64, and of the right shape, then rejects any other tensor, then
 * converts (F32 to DOUBLE exactly, F64 to FLOAT by rounding to nearest) and rejects a NaN or infinite value,
 * or an F64 value beyond FLOAT's range, naming the tensor and the element's index. Metadata is checked to
 * be string-to-string and otherwise ignored: the shapes decide, so a FLOAT model's export imports into the
 * DOUBLE twin.
 */
package dev.autonet.runtime.io;
