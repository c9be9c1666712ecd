/** Filing a case through a program's form and workflow, and who may see which case. */
package id.anjungan.host.cases.control;
