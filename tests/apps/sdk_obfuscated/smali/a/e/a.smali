.class public La/e/a;
.super Ljava/lang/Object;
.field private a:Landroid/content/Context;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, La/e/a;->a:Landroid/content/Context;
    return-void
.end method
.method public static a(Landroid/content/Context;ZZ)V
    .registers 3
    return-void
.end method
.method public static a(Landroid/content/Context;Z)V
    .registers 2
    return-void
.end method
.method public a()V
    .registers 2
    iget-object v0, p0, La/e/a;->a:Landroid/content/Context;
    invoke-static {v0}, La/e/c;->a(Landroid/content/Context;)Ljava/util/List;
    return-void
.end method
