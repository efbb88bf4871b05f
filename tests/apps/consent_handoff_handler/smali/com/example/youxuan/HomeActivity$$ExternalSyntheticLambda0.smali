.class public final synthetic Lcom/example/youxuan/HomeActivity$$ExternalSyntheticLambda0;
.super Ljava/lang/Object;
.source "D8$$SyntheticClass"

# interfaces
.implements Ljava/lang/Runnable;


# instance fields
.field public final synthetic f$0:Lcom/example/youxuan/HomeActivity;


# direct methods
.method public synthetic constructor <init>(Lcom/example/youxuan/HomeActivity;)V
    .registers 2

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/example/youxuan/HomeActivity$$ExternalSyntheticLambda0;->f$0:Lcom/example/youxuan/HomeActivity;

    return-void
.end method


# virtual methods
.method public final run()V
    .registers 2

    iget-object v0, p0, Lcom/example/youxuan/HomeActivity$$ExternalSyntheticLambda0;->f$0:Lcom/example/youxuan/HomeActivity;

    invoke-static {v0}, Lcom/example/youxuan/HomeActivity;->lambda$onCreate$0(Lcom/example/youxuan/HomeActivity;)V

    return-void
.end method
