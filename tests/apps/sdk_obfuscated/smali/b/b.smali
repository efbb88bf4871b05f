.class public final Lb/b;
.super Ljava/lang/Object;
.source "SourceFile"
.method public static a(Landroid/content/Context;)Z
    .registers 4
    const-string v0, "consent"
    const/4 v1, 0x0
    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v0
    const-string v2, "privacy_v2"
    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z
    move-result v0
    return v0
.end method
