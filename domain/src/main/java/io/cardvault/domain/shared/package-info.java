/** Values shared by every domain area: money, and the root of business rejections. */
package io.cardvault.domain.shared;
