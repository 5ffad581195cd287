/**
 * What AutoNet's generated code runs against and what users touch: task interfaces, initializers and,
 * as training arrives, optimizers, data sets and the fit loop. Depends on java.base only.
 */
package dev.autonet.runtime;
