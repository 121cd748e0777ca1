/** Values shared by every domain area: money, the upload guard every image passes, and the root of business rejections. */
package io.cardvault.domain.shared;
