.class public La/b/a;
.super Ljava/lang/Object;
.method public static a(Landroid/content/Context;La/b/a$a;)V
    .registers 2
    return-void
.end method
