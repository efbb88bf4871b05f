.class public La/h/a;
.super Ljava/lang/Object;
.method public static a(Landroid/content/Context;)V
    .registers 2
    invoke-static {p0}, La/h/b;->a(Landroid/content/Context;)Ljava/lang/String;
    return-void
.end method
.method public static a(Landroid/content/Context;Ljava/lang/String;)V
    .registers 2
    return-void
.end method
