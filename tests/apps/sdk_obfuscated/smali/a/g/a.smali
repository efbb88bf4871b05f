.class public La/g/a;
.super Ljava/lang/Object;
.method public static a(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
