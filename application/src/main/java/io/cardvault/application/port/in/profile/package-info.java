/** Profiles' use cases: the avatar, the collection's privacy and the public collector page's data. */
package io.cardvault.application.port.in.profile;
