.class public final La/a/a/b;
.super Ljava/lang/Object;
.method public static a(Landroid/content/Context;)Ljava/lang/String;
    .registers 2
    sget-object v0, Landroid/os/Build;->MODEL:Ljava/lang/String;
    return-object v0
.end method
